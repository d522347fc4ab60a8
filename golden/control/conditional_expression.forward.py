# s2s show ../../tests/cases/control.py::conditional_expression --mode forward --wrt 0,1
def conditional_expression_jvp(x, s, x_dot, s_dot):
    if s > 0:
        y, y_dot = x * s, x_dot * s + x * s_dot
    else:
        t1 = x * s
        y, y_dot = t1 * s, (x_dot * s + x * s_dot) * s + t1 * s_dot
    return np.sum(y ** 2), np.sum(y_dot * 2 * y)
