# s2s show ../../tests/cases/control.py::if_else_on_data --mode forward --wrt 0
def if_else_on_data_jvp(x, x_dot):
    if np.sum(x) > 0:
        y = x * 2.0
        y_dot = x_dot * 2.0
    else:
        y = np.sin(x)
        y_dot = x_dot * np.cos(x)
    return np.sum(y * y), np.sum(y_dot * y + y * y_dot)
