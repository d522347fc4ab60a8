# s2s show tests/cases/reductions.py::prod_axis --mode hvp --wrt 0
def prod_axis_hvp(x, x_dot):
    t1 = np.prod(x, axis=1, keepdims=True)
    t2 = broadcast_like(1.0, t1 * x)
    x_bar = t2 * t1
    x_bar_dot = t2 * np.sum(x_dot * unprod(1.0, x, axis=1, keepdims=True), axis=1, keepdims=True)
    x_bar = unbroadcast(x_bar, x) + unprod(t2 * x, x, axis=1, keepdims=True)
    x_bar = x_bar + unprod(1.0, x, axis=0)
    return broadcast_like(unbroadcast(x_bar_dot, x), x_bar)
