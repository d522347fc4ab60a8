# s2s show ../../tests/cases/shapes.py::index_by_int_param --mode hvp --wrt 0
def index_by_int_param_hvp(x, i, x_dot):
    t1 = i - 1
    t2 = -i
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, (0, t2), x_dot[t1, i])
    x_bar_dot = add_into(x_bar_dot, (t1, i), x_dot[0, t2])
    x_bar_dot = add_into(x_bar_dot, i, 2.0 * x_dot[i])
    return x_bar_dot
