# s2s show ../../tests/cases/shapes.py::slices_1d --mode hvp --wrt 0
def slices_1d_hvp(x, x_dot):
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, -2, x_dot[-1])
    x_bar_dot = add_into(x_bar_dot, -1, x_dot[-2])
    x_bar_dot = add_into(x_bar_dot, np.s_[::2], 2.0 * x_dot[::2])
    x_bar_dot = add_into(x_bar_dot, np.s_[0:2], unbroadcast(x_dot[1:3], x[0:2]))
    x_bar_dot = add_into(x_bar_dot, np.s_[1:3], unbroadcast(x_dot[0:2], x[1:3]))
    return x_bar_dot
