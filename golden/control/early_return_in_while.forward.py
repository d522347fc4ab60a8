# s2s show ../../tests/cases/control.py::early_return_in_while --mode forward --wrt 0
def early_return_in_while_jvp(x, x_dot):
    k, result, returned, y, result_dot, y_dot = 0, None, False, x, zeros_like(None), x_dot
    while not returned and k < 100:
        y = y * 1.3
        y_dot_1 = y_dot * 1.3
        if np.sum(y) > 10.0:
            result_1 = np.sum(y ** 2)
            result_1_dot = np.sum(y_dot * 2.6 * y)
            result, returned, result_dot = result_1, True, result_1_dot
        else:
            k = k + 1
        y_dot = y_dot_1
    if not returned:
        result, result_dot = 0.0, 0.0
    return result, result_dot
