# s2s show tests/cases/shapes.py::ellipsis_index --mode hvp --wrt 0
def ellipsis_index_hvp(x, x_dot):
    t1 = x[..., 0]
    t2 = x[..., 1]
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, (0, ...), 2.0 * x_dot[0, ...])
    t3 = broadcast_like(1.0, t1 * t2)
    x_bar_dot = add_into(x_bar_dot, (..., 1), unbroadcast(t3 * x_dot[..., 0], t2))
    x_bar_dot = add_into(x_bar_dot, (..., 0), unbroadcast(t3 * x_dot[..., 1], t1))
    return x_bar_dot
