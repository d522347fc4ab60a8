# s2s show ../../tests/cases/control.py::for_enumerate_rows --mode forward --wrt 0
def for_enumerate_rows_jvp(x, x_dot):
    acc, acc_dot = 0.0, 0.0
    for i in range(len(x)):
        t1 = x[i]
        t2 = i + 1
        acc = acc + t2 * np.sum(t1 ** 2)
        acc_dot = acc_dot + t2 * np.sum(x_dot[i] * 2 * t1)
    return acc, acc_dot
