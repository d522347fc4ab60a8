# s2s show tests/cases/pytrees.py::dict_loop_over_keys --mode hvp --wrt 0
def dict_loop_over_keys_hvp(p, p_dot):
    t1 = 'a', 'b', 'c'
    r = range(len(t1))
    t1_all, t1_all1, t5 = [], [], []
    for i in r:
        k = t1[i]
        t2 = p[k]
        t1_all.append(t2)
        t1_all1.append(np.sum(np.sin(t2)))
        t5.append(p_dot[k])
    t3 = rowwise(np.sin, stack_rows(t1_all))
    p_bar_dot = zeros_like(p)
    for i1 in reversed(r):
        k = t1[i1]
        t4 = -(unbroadcast(1.0, t1_all1[i1]) * (t5[i1] * t3[i1]))
        p_bar_dot = add_into(p_bar_dot, k, t4)
    return p_bar_dot
