# s2s show ../../tests/cases/control.py::branch_on_int_flag --mode forward --wrt 0
def branch_on_int_flag_jvp(x, mode, x_dot):
    if mode == 1:
        result = np.sum(x ** 2)
        result_dot = np.sum(x_dot * 2 * x)
    else:
        if mode == 2:
            y = np.exp(x)
            y_dot = x_dot * y
        elif mode > 2:
            y = np.tanh(x)
            y_dot = x_dot * (1 - y ** 2)
        else:
            y, y_dot = x, x_dot
        result = np.sum(y * x)
        result_dot = np.sum(y_dot * x + y * x_dot)
    return result, result_dot
