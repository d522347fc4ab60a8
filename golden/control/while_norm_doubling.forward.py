# s2s show ../../tests/cases/control.py::while_norm_doubling --mode forward --wrt 0
def while_norm_doubling_jvp(x, x_dot):
    y, y_dot = x, x_dot
    while np.linalg.norm(y) < 1000:
        y = y * 2
        y_dot = y_dot * 2
    return np.sum(y), np.sum(y_dot)
