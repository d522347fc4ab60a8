# s2s show ../../tests/cases/shapes.py::slices_2d --mode hvp --wrt 0
def slices_2d_hvp(x, x_dot):
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, np.s_[1:, 2:], 3.0 * (x_dot[1:, 2:] * 2 * x[1:, 2:]))
    x_bar_dot = add_into(x_bar_dot, (2, 3), x_dot[0, 1])
    x_bar_dot = add_into(x_bar_dot, (0, 1), x_dot[2, 3])
    x_bar_dot = add_into(x_bar_dot, np.s_[1, :], 2.0 * x_dot[1, :])
    x_bar_dot = add_into(x_bar_dot, np.s_[:, 1], unbroadcast(x_dot[:, 0], x[:, 1]))
    x_bar_dot = add_into(x_bar_dot, np.s_[:, 0], unbroadcast(x_dot[:, 1], x[:, 0]))
    return x_bar_dot
