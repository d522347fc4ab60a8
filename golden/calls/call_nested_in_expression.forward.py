# s2s show ../../tests/cases/calls.py::call_nested_in_expression --mode forward --wrt 0,1
def call_nested_in_expression_jvp(x, y, x_dot, y_dot):
    t1 = np.sin(x) * 2.0
    t2 = y * y
    t2_dot = y_dot * y + y * y_dot
    t3 = t1 * t2
    t6 = (x_dot * np.cos(x) * 2.0 * t2 + t1 * t2_dot) * np.cos(t3)
    t4 = np.sin(t3) * 2.0 + t2
    t5 = np.sin(y) * 2.0
    t7 = (t6 * 2.0 + t2_dot) * t5 + t4 * (y_dot * np.cos(y) * 2.0)
    return np.sum(t4 * t5), np.sum(t7)
