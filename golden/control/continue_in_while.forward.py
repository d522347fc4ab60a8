# s2s show ../../tests/cases/control.py::continue_in_while --mode forward --wrt 0
def continue_in_while_jvp(x, x_dot):
    acc, i, acc_dot = 0.0, 0, 0.0
    while i < 4:
        i = i + 1
        t1 = i - 1
        t2 = x[t1]
        t2_dot = x_dot[t1]
        if t2 >= 1.0:
            acc = acc + np.sin(t2)
            acc_dot = acc_dot + t2_dot * np.cos(t2)
    return acc + np.sum(x) * 0.1, acc_dot + np.sum(x_dot) * 0.1
