# s2s show ../../tests/cases/arith.py::fan_out_reuse --mode hvp --wrt 0
def fan_out_reuse_hvp(x, x_dot):
    y = x * x
    y_dot = x_dot * x + x * x_dot
    t1 = y * y
    t1_dot = y_dot * y + y * y_dot
    z = t1 + y
    z_dot = t1_dot + y_dot
    y_bar = z + y
    y_bar_dot = z_dot + y_dot
    y_bar = y_bar + t1
    y_bar_dot = y_bar_dot + t1_dot
    y_bar = y_bar + t1
    y_bar_dot = y_bar_dot + t1_dot
    t2 = y_bar_dot * x + y_bar * x_dot
    x_bar_dot = t2 + t2
    return x_bar_dot
