# s2s show ../../tests/cases/pytrees.py::dict_loop_over_keys --mode hvp --wrt 0
def dict_loop_over_keys_hvp(p, p_dot):
    t1 = 'a', 'b', 'c'
    r = range(len(t1))
    t1_all, t3 = rows_for(r), rows_for(r)
    for i in r:
        k = t1[i]
        t1_all.append(p[k])
        t3.append(p_dot[k])
    t2 = rowwise(np.sin, stack_rows(t1_all), overwrite=True)
    p_bar_dot = zeros_like(p)
    for i1 in reversed(r):
        k = t1[i1]
        p_bar_dot = add_into(p_bar_dot, k, -(t3[i1] * t2[i1]))
    return p_bar_dot
