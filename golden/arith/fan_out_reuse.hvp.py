# s2s show tests/cases/arith.py::fan_out_reuse --mode hvp --wrt 0
def fan_out_reuse_hvp(x, x_dot):
    y = x * x
    y_dot = x_dot * x + x * x_dot
    z = y * y + y
    z_dot = y_dot * y + y * y_dot + y_dot
    t3 = unreduce(1.0, z * y + x)
    z_bar = t3 * y
    z_bar_dot = t3 * y_dot
    y_bar = t3 * z
    y_bar_dot = t3 * z_dot
    y_bar = y_bar + z_bar
    y_bar_dot = y_bar_dot + z_bar_dot
    t1 = z_bar * y
    t1_dot = z_bar_dot * y + z_bar * y_dot
    y_bar = y_bar + t1
    y_bar_dot = y_bar_dot + t1_dot
    y_bar = y_bar + t1
    y_bar_dot = y_bar_dot + t1_dot
    t2 = y_bar * x
    t2_dot = y_bar_dot * x + y_bar * x_dot
    x_bar = t3 + t2
    x_bar = x_bar + t2
    x_bar_dot = t2_dot + t2_dot
    return broadcast_like(x_bar_dot, x_bar)
