# s2s show ../../tests/cases/control.py::chained_comparisons --mode hvp --wrt 0,1
def chained_comparisons_hvp(x, a, x_dot, a_dot):
    y = x * a
    y_dot_1 = x_dot * a + x * a_dot
    t1 = np.shape(x)[0]
    t2 = 5 < t1
    if t2:
        t3 = t1 < x[10]
    else:
        t3 = t2
    if t3:
        y_dot = y_dot_1 * 3.0
    else:
        y_dot = y_dot_1
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
    y_bar = scale * x
    y_bar_dot = scale * x_dot
    x_bar_dot = scale * y_dot
    if t3:
        y_bar_1 = y_bar * 3.0
        y_bar_1_dot = y_bar_dot * 3.0
        y_bar_1, y_bar_1_dot = unbroadcast(y_bar_1, y), unbroadcast(y_bar_1_dot, y)
    else:
        y_bar_1, y_bar_1_dot = unbroadcast(y_bar, y), unbroadcast(y_bar_dot, y)
    x_bar_dot = unbroadcast(x_bar_dot, x) + unbroadcast(y_bar_1_dot * a + y_bar_1 * a_dot, x)
    a_bar_dot = y_bar_1_dot * x + y_bar_1 * x_dot
    a_bar_dot = unbroadcast(a_bar_dot, a)
    return x_bar_dot, a_bar_dot
