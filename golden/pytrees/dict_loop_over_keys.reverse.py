# s2s show ../../tests/cases/pytrees.py::dict_loop_over_keys --wrt 0
def dict_loop_over_keys_grad(p):
    t1 = 'a', 'b', 'c'
    r = range(len(t1))
    t1_all = rows_for(r)
    for i in r:
        k = t1[i]
        t1_all.append(p[k])
    p_bar = zeros_like(p)
    t2 = rowwise(np.cos, stack_rows(t1_all), overwrite=True)
    for i1 in reversed(r):
        k = t1[i1]
        p_bar = add_into(p_bar, k, t2[i1])
    return p_bar
