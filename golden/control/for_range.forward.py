# s2s show ../../tests/cases/control.py::for_range --mode forward --wrt 0
def for_range_jvp(x, x_dot):
    acc, acc_dot = 0.0, 0.0
    for i in range(np.shape(x)[0]):
        t1 = i + 1.0
        acc = acc + x[i] * t1
        acc_dot = acc_dot + x_dot[i] * t1
    return acc, acc_dot
