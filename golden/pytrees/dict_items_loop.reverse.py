# s2s show ../../tests/cases/pytrees.py::dict_items_loop --wrt 0
def dict_items_loop_grad(p):
    keys = list(p)
    r = range(len(keys))
    t1_all, t1_all1 = rows_for(r), rows_for(r)
    for i in r:
        t1 = keys[i]
        t1_all.append(p[t1])
        t1_all1.append(len(t1))
    p_bar = zeros_like(p)
    t2 = rowwise(np.multiply, stack_rows(t1_all1), 2, overwrite=True)
    for i1 in reversed(r):
        p_bar = add_into(p_bar, keys[i1], t2[i1] * t1_all[i1])
    return p_bar
