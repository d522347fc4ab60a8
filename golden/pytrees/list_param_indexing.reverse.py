# s2s show ../../tests/cases/pytrees.py::list_param_indexing --wrt 0
def list_param_indexing_grad(xs):
    t1 = xs[0]
    t2 = xs[1]
    t3 = xs[2]
    t4 = t3 ** 2
    t5 = xs[-1]
    t6 = broadcast_like(1.0, t1 * t2 + t4 * t5)
    xs_bar = zeros_like(xs)
    xs_bar = add_into(xs_bar, -1, unbroadcast(t6 * t4, t5))
    xs_bar = add_into(xs_bar, 2, unbroadcast(t6 * t5 * 2 * t3, t3))
    xs_bar = add_into(xs_bar, 1, unbroadcast(t6 * t1, t2))
    xs_bar = add_into(xs_bar, 0, unbroadcast(t6 * t2, t1))
    return xs_bar
