# s2s show ../../tests/cases/shapes.py::ellipsis_index --mode hvp --wrt 0
def ellipsis_index_hvp(x, x_dot):
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, (0, ...), 2.0 * x_dot[0, ...])
    x_bar_dot = add_into(x_bar_dot, (..., 1), unbroadcast(x_dot[..., 0], x[..., 1]))
    x_bar_dot = add_into(x_bar_dot, (..., 0), unbroadcast(x_dot[..., 1], x[..., 0]))
    return x_bar_dot
