# s2s show ../../tests/cases/pytrees.py::dict_items_loop --mode hvp --wrt 0
def dict_items_loop_hvp(p, p_dot):
    keys = list(p)
    r = range(len(keys))
    t1_all, t3 = rows_for(r), rows_for(r)
    for i in r:
        t1 = keys[i]
        t1_all.append(len(t1))
        t3.append(p_dot[t1])
    t2 = rowwise(np.multiply, stack_rows(t1_all), 2, overwrite=True)
    p_bar_dot = zeros_like(p)
    for i1 in reversed(r):
        p_bar_dot = add_into(p_bar_dot, keys[i1], t2[i1] * t3[i1])
    return p_bar_dot
