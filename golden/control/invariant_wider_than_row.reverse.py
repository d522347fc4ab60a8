# s2s show tests/cases/control.py::invariant_wider_than_row --mode reverse --wrt 0,1
def invariant_wider_than_row_grad(xs, B):
    r = range(len(xs))
    t1 = rowwise(np.multiply, B, xs, rows=1)
    t2 = rowwise(np.sin, t1)
    acc, t7 = 0.0, []
    for k in r:
        t3 = np.sum(t2[k])
        acc = acc * 0.5 + t3
        t7.append(t3)
    xs_bar = zeros_like(xs)
    t4 = rowwise(np.cos, t1)
    acc_bar, t8 = 1.0, []
    for k in reversed(r):
        t5 = xs[k]
        t6 = unbroadcast(acc_bar, t7[k]) * t4[k]
        xs_bar = add_into(xs_bar, k, unbroadcast(t6 * B, t5))
        acc_bar = acc_bar * 0.5
        t8.append(t6 * t5)
    B_bar = unbroadcast_sum(stack_rows(t8), B)
    return acc, xs_bar, B_bar
