# s2s show ../../tests/cases/control.py::boolean_ops_in_condition --mode forward --wrt 0,1
def boolean_ops_in_condition_jvp(x, s, x_dot, s_dot):
    t1 = np.sum(x)
    t1_dot = np.sum(x_dot)
    t2 = t1 > 0
    if t2:
        t3 = s > 0
    else:
        t3 = t2
    if t3:
        result = np.sum(x * s)
        result_dot = np.sum(x_dot * s + x * s_dot)
    else:
        t4 = not s > 0
        if not t4:
            t4 = np.max(x) < -5.0
        if t4:
            result = s * s + np.sum(x ** 2)
            result_dot = s_dot * s + s * s_dot + np.sum(x_dot * 2 * x)
        else:
            result = t1 * 3.0
            result_dot = t1_dot * 3.0
    return result, result_dot
