# s2s show ../../tests/cases/control.py::invariant_wider_than_row --mode hvp --wrt 0,1
def invariant_wider_than_row_hvp(xs, B, xs_dot, B_dot):
    r = range(len(xs))
    t1 = rowwise(np.multiply, B, xs, rows=1)
    t2 = rowwise(np.multiply, B_dot, xs, rows=1)
    t8 = rows_for(r, into=t2)
    for k in r:
        t8.append(t2[k] + B * xs_dot[k])
    t3 = rowwise(np.cos, t1)
    t4 = rowwise(np.sin, t1)
    acc_bar, xs_bar_dot, t9 = 1.0, zeros_like(xs), rows_for(r, reverse=True, into=t3)
    for k in reversed(r):
        t5 = xs[k]
        t6 = acc_bar * t3[k]
        t7 = acc_bar * (t8[k] * t4[k])
        xs_bar_dot = add_into(xs_bar_dot, k, unbroadcast(t6 * B_dot - B * t7, t5))
        acc_bar = acc_bar * 0.5
        t9.append(t6 * xs_dot[k] - t5 * t7)
    B_bar_dot = unbroadcast_sum(stack_rows(t9), B)
    return xs_bar_dot, B_bar_dot
