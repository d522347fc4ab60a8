# s2s show ../../tests/cases/control.py::chained_comparisons --mode forward --wrt 0,1
def chained_comparisons_jvp(x, a, x_dot, a_dot):
    y = x * a
    y_dot = x_dot * a + x * a_dot
    t1 = np.shape(x)[0]
    t2 = 5 < t1
    if t2:
        t3 = t1 < x[10]
    else:
        t3 = t2
    if t3:
        y_1 = y * 3.0
        y_1_dot = y_dot * 3.0
    else:
        y_1, y_1_dot = y, y_dot
    t4 = -1.0 < a
    if t4:
        t5 = np.sum(x ** 2)
        t6 = a < t5 and t5 < 10.0
    else:
        t6 = t4
    if t6:
        scale = 1.0
    else:
        scale = 2.0
    return np.sum(y_1 * x) * scale, np.sum(y_1_dot * x + y_1 * x_dot) * scale
