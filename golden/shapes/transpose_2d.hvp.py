# s2s show tests/cases/shapes.py::transpose_2d --mode hvp --wrt 0,1
def transpose_2d_hvp(x, y, x_dot, y_dot):
    t1 = np.transpose(x)
    t2 = broadcast_like(1.0, t1 * y)
    y_bar_dot = t2 * np.transpose(x_dot, None)
    x_bar_dot = untranspose(unbroadcast(t2 * y_dot, t1))
    y_bar_dot = unbroadcast(y_bar_dot, y)
    return x_bar_dot, y_bar_dot
