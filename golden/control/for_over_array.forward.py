# s2s show ../../tests/cases/control.py::for_over_array --mode forward --wrt 0
def for_over_array_jvp(x, x_dot):
    acc = np.zeros(4)
    acc_dot = np.zeros_like(acc)
    for i in range(len(x)):
        row = x[i]
        row_dot = x_dot[i]
        t1 = np.tanh(row)
        acc = acc + t1
        acc_dot = acc_dot + row_dot * (1 - t1 ** 2)
    return np.sum(acc ** 2), np.sum(acc_dot * 2 * acc)
