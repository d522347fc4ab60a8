# s2s show ../../tests/cases/shapes.py::reverse_slice --mode hvp --wrt 0
def reverse_slice_hvp(x, x_dot):
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, np.s_[3:0:-1], 2.0 * x_dot[3:0:-1])
    x_bar_dot = x_bar_dot + unbroadcast(x_dot[::-1], x)
    x_bar_dot = add_into(x_bar_dot, np.s_[::-1], unbroadcast(x_dot, x[::-1]))
    return x_bar_dot
