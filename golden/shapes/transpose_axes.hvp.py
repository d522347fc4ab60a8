# s2s show ../../tests/cases/shapes.py::transpose_axes --mode hvp --wrt 0,1
def transpose_axes_hvp(x, y, x_dot, y_dot):
    t1 = 1, 2, 0
    x_bar_dot = untranspose(unbroadcast(y_dot, np.transpose(x, t1)), axes=t1)
    y_bar_dot = unbroadcast(np.transpose(x_dot, t1), y)
    return x_bar_dot, y_bar_dot
