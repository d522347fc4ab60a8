# s2s show ../../tests/cases/shapes.py::transpose_2d --mode hvp --wrt 0,1
def transpose_2d_hvp(x, y, x_dot, y_dot):
    x_bar_dot = untranspose(unbroadcast(y_dot, np.transpose(x)))
    y_bar_dot = unbroadcast(np.transpose(x_dot), y)
    return x_bar_dot, y_bar_dot
