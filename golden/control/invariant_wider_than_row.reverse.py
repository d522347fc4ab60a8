# s2s show ../../tests/cases/control.py::invariant_wider_than_row --mode reverse --wrt 0,1
def invariant_wider_than_row_grad(xs, B):
    r = range(len(xs))
    t1 = rowwise(np.multiply, B, xs, rows=1)
    xs_bar = zeros_like(xs)
    t2 = rowwise(np.cos, t1, overwrite=True)
    acc_bar, t5 = 1.0, rows_for(r, reverse=True, into=t2)
    for k in reversed(r):
        t3 = xs[k]
        t4 = acc_bar * t2[k]
        xs_bar = add_into(xs_bar, k, unbroadcast(t4 * B, t3))
        acc_bar = acc_bar * 0.5
        t5.append(t4 * t3)
    B_bar = unbroadcast_sum(stack_rows(t5), B)
    return xs_bar, B_bar
