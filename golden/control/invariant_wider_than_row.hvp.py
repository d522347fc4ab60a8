# s2s show tests/cases/control.py::invariant_wider_than_row --mode hvp --wrt 0,1
def invariant_wider_than_row_hvp(xs, B, xs_dot, B_dot):
    r = range(len(xs))
    t1 = rowwise(np.multiply, B, xs, rows=1)
    t2 = rowwise(np.multiply, B_dot, xs, rows=1)
    t3 = rowwise(np.sin, t1)
    t4 = rowwise(np.cos, t1)
    t9, t10 = [], []
    for k in r:
        t9.append(np.sum(t3[k]))
        t10.append(t2[k] + B * xs_dot[k])
    acc_bar, xs_bar_dot, t11 = 1.0, zeros_like(xs), []
    for k in reversed(r):
        t5 = xs[k]
        t6 = unbroadcast(acc_bar, t9[k])
        t7 = t6 * t4[k]
        t8 = t6 * (t10[k] * t3[k])
        xs_bar_dot = add_into(xs_bar_dot, k, unbroadcast(-(B * t8) + t7 * B_dot, t5))
        acc_bar = acc_bar * 0.5
        t11.append(-(t5 * t8) + t7 * xs_dot[k])
    B_bar_dot = unbroadcast_sum(stack_rows(t11), B)
    return xs_bar_dot, B_bar_dot
