# s2s show tests/cases/reductions.py::prod_axis --mode hvp --wrt 0
def prod_axis_hvp(x, x_dot):
    t1 = broadcast_like(1.0, np.prod(x, axis=1, keepdims=True) * x)
    x_bar_dot = t1 * np.sum(x_dot * unprod(1.0, x, axis=1, keepdims=True), axis=1, keepdims=True)
    x_bar_dot = unbroadcast(x_bar_dot, x) + (unprod(t1 * x_dot, x, axis=1, keepdims=True) + unprod_jvp(t1 * x, x, x_dot, axis=1, keepdims=True))
    x_bar_dot = x_bar_dot + unprod_jvp(1.0, x, x_dot, axis=0)
    return x_bar_dot
