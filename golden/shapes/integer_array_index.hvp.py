# s2s show ../../tests/cases/shapes.py::integer_array_index --mode hvp --wrt 0
def integer_array_index_hvp(x, x_dot):
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, IDX, 2.0 * x_dot[IDX])
    return x_bar_dot
