# s2s show ../../tests/cases/reductions.py::prod_axis --mode hvp --wrt 0
def prod_axis_hvp(x, x_dot):
    x_bar_dot = np.sum(x_dot * unprod(1.0, x, axis=1, keepdims=True), axis=1, keepdims=True) + (unprod(x_dot, x, axis=1, keepdims=True) + unprod_jvp(x, x, x_dot, axis=1, keepdims=True))
    x_bar_dot = x_bar_dot + unprod_jvp(1.0, x, x_dot, axis=0)
    return x_bar_dot
