# s2s show ../../tests/cases/calls.py::call_other_module_while --mode forward --wrt 0
def call_other_module_while_jvp(x, x_dot):
    y, y_dot = x, x_dot
    while np.sum(y * y) > 1.0:
        y = y * 0.5
        y_dot = y_dot * 0.5
    return np.sum(y ** 3), np.sum(y_dot * 3 * y ** 2)
