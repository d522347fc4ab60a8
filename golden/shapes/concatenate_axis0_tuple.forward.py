# s2s show ../../tests/cases/shapes.py::concatenate_axis0_tuple --mode forward --wrt 0,1
def concatenate_axis0_tuple_jvp(x, y, x_dot, y_dot):
    z = np.concatenate((x, y, x * y))
    z_dot = np.concatenate((x_dot, y_dot, x_dot * y + x * y_dot))
    t1 = np.arange(1.0, 6.0)[:, None]
    return np.sum(z ** 2 * t1), np.sum(z_dot * 2 * z * t1)
