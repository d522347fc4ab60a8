# s2s show tests/cases/shapes.py::concatenate_axis0_tuple --mode hvp --wrt 0,1
def concatenate_axis0_tuple_hvp(x, y, x_dot, y_dot):
    t1 = x, y, x * y
    z = np.concatenate(t1)
    z_dot = np.concatenate((x_dot, y_dot, x_dot * y + x * y_dot))
    t2 = np.arange(1.0, 6.0)[:, None]
    t3 = broadcast_like(1.0, z ** 2 * t2) * t2 * 2
    z_bar = t3 * z
    z_bar_dot = t3 * z_dot
    t4 = unconcatenate(unbroadcast(z_bar_dot, z), t1)
    x_bar_dot = t4[0]
    y_bar_dot = t4[1]
    t5 = unconcatenate(unbroadcast(z_bar, z), t1)[2]
    t5_dot = t4[2]
    x_bar_dot = x_bar_dot + unbroadcast(t5_dot * y + t5 * y_dot, x)
    y_bar_dot = y_bar_dot + unbroadcast(t5_dot * x + t5 * x_dot, y)
    return x_bar_dot, y_bar_dot
