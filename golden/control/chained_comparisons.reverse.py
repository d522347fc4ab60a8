# s2s show ../../tests/cases/control.py::chained_comparisons --mode reverse --wrt 0,1
def chained_comparisons_grad(x, a):
    y = x * a
    t1 = np.shape(x)[0]
    t2 = 5 < t1
    if t2:
        t3 = t1 < x[10]
    else:
        t3 = t2
    if t3:
        y_1 = y * 3.0
    else:
        y_1 = y
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
    y_1_bar = scale * x
    x_bar = scale * y_1
    if t3:
        y_bar = y_1_bar * 3.0
        y_bar = unbroadcast(y_bar, y)
    else:
        y_bar = unbroadcast(y_1_bar, y)
    x_bar = unbroadcast(x_bar, x) + unbroadcast(y_bar * a, x)
    a_bar = y_bar * x
    a_bar = unbroadcast(a_bar, a)
    return x_bar, a_bar
