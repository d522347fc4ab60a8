# s2s show ../../tests/cases/pytrees.py::list_param_indexing --mode hvp --wrt 0
def list_param_indexing_hvp(xs, xs_dot):
    t1 = xs[0]
    t2 = xs[1]
    t3 = xs[2]
    t3_dot = xs_dot[2]
    t4 = xs[-1]
    t6 = broadcast_like(1.0, t1 * t2 + t3 ** 2 * t4)
    xs_bar_dot = zeros_like(xs)
    xs_bar_dot = add_into(xs_bar_dot, -1, unbroadcast(t6 * (t3_dot * 2 * t3), t4))
    t5 = t6 * xs_dot[-1] * 2 * t3 + t6 * t4 * 2 * t3_dot
    xs_bar_dot = add_into(xs_bar_dot, 2, unbroadcast(t5, t3))
    xs_bar_dot = add_into(xs_bar_dot, 1, unbroadcast(t6 * xs_dot[0], t2))
    xs_bar_dot = add_into(xs_bar_dot, 0, unbroadcast(t6 * xs_dot[1], t1))
    return xs_bar_dot
