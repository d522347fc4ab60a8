# s2s show ../../tests/cases/calls.py::call_same_function_twice --mode forward --wrt 0,1
def call_same_function_twice_jvp(x, y, x_dot, y_dot):
    t1 = np.sum(x * x)
    t2 = x + y
    t2_dot = x_dot + y_dot
    t3 = np.sum(t2 * t2)
    t4 = np.sum(x_dot * x + x * x_dot) * t3 + t1 * np.sum(t2_dot * t2 + t2 * t2_dot)
    return t1 * t3 + np.sum(y * y), t4 + np.sum(y_dot * y + y * y_dot)
