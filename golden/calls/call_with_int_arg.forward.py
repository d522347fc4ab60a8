# s2s show ../../tests/cases/calls.py::call_with_int_arg --mode forward --wrt 0
def call_with_int_arg_jvp(x, x_dot):
    y, y_dot = x, x_dot
    for _ in range(2):
        y_1 = y * x
        y_dot = y_dot * x + y * x_dot
        y = y_1
    y_1, y_1_dot = x, x_dot
    for _ in range(1):
        y_2 = y_1 * x
        y_1_dot = y_1_dot * x + y_1 * x_dot
        y_1 = y_2
    return np.sum(y + y_1), np.sum(y_dot + y_1_dot)
