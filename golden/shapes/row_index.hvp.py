# s2s show ../../tests/cases/shapes.py::row_index --mode hvp --wrt 0
def row_index_hvp(x, x_dot):
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, 1, 2.0 * x_dot[1])
    x_bar_dot = add_into(x_bar_dot, 2, unbroadcast(x_dot[0], x[2]))
    x_bar_dot = add_into(x_bar_dot, 0, unbroadcast(x_dot[2], x[0]))
    return x_bar_dot
