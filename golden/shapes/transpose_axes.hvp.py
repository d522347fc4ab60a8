# s2s show tests/cases/shapes.py::transpose_axes --mode hvp --wrt 0,1
def transpose_axes_hvp(x, y, x_dot, y_dot):
    t1 = 1, 2, 0
    t2 = np.transpose(x, t1)
    t3 = broadcast_like(1.0, t2 * y)
    y_bar_dot = t3 * np.transpose(x_dot, t1)
    x_bar_dot = untranspose(unbroadcast(t3 * y_dot, t2), axes=t1)
    y_bar_dot = unbroadcast(y_bar_dot, y)
    return x_bar_dot, y_bar_dot
