# s2s show ../../tests/cases/control.py::for_over_list_literal --mode forward --wrt 0
def for_over_list_literal_jvp(x, x_dot):
    t1 = [1.0, -2.0, 0.5]
    acc, acc_dot = 0.0, 0.0
    for i in range(len(t1)):
        c = t1[i]
        t2 = c * x
        acc = acc + c * np.sum(np.sin(t2))
        acc_dot = acc_dot + c * np.sum(c * x_dot * np.cos(t2))
    return acc, acc_dot
