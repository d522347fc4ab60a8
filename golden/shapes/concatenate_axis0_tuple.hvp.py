# s2s show ../../tests/cases/shapes.py::concatenate_axis0_tuple --mode hvp --wrt 0,1
def concatenate_axis0_tuple_hvp(x, y, x_dot, y_dot):
    t1 = x, y, x * y
    z = np.concatenate(t1)
    z_dot = np.concatenate((x_dot, y_dot, x_dot * y + x * y_dot))
    t2 = np.arange(1.0, 6.0)[:, None] * 2
    z_bar = t2 * z
    z_bar_dot = t2 * z_dot
    z_bar = unbroadcast(z_bar, z)
    z_bar_dot = unbroadcast(z_bar_dot, z)
    t3 = unconcatenate(z_bar_dot, t1)
    x_bar_dot = t3[0]
    y_bar_dot = t3[1]
    t4 = unconcatenate(z_bar, t1)[2]
    t4_dot = t3[2]
    x_bar_dot = x_bar_dot + unbroadcast(t4_dot * y + t4 * y_dot, x)
    y_bar_dot = y_bar_dot + unbroadcast(t4_dot * x + t4 * x_dot, y)
    return x_bar_dot, y_bar_dot
