# s2s show ../../tests/cases/arith.py::fan_out_reuse --mode forward --wrt 0
def fan_out_reuse_jvp(x, x_dot):
    y = x * x
    y_dot = x_dot * x + x * x_dot
    z = y * y + y
    z_dot = y_dot * y + y * y_dot + y_dot
    return np.sum(z * y + x), np.sum(z_dot * y + z * y_dot + x_dot)
