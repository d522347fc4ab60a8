# s2s show tests/cases/control.py::for_over_list_literal --mode hvp --wrt 0
def for_over_list_literal_hvp(x, x_dot):
    t1 = [1.0, -2.0, 0.5]
    r = range(len(t1))
    t1_all, t1_all1, t5 = [], [], []
    for i in r:
        c = t1[i]
        t2 = c * x
        t1_all.append(t2)
        t1_all1.append(np.sum(np.sin(t2)))
        t5.append(c * x_dot)
    t3 = rowwise(np.sin, stack_rows(t1_all))
    t6 = []
    for i1 in reversed(r):
        c = t1[i1]
        t4 = c * (unbroadcast(c, t1_all1[i1]) * (t5[i1] * t3[i1]))
        t6.append(-t4)
    x_bar_dot = unbroadcast_sum(stack_rows(t6), x)
    return x_bar_dot
