# s2s show ../../tests/cases/control.py::if_in_loop_on_index --mode forward --wrt 0
def if_in_loop_on_index_jvp(x, x_dot):
    acc, acc_dot = 1.0, 0.0
    for i in range(5):
        if i == 2:
            t1 = x[i]
            acc_1 = acc * t1
            acc_1_dot = acc_dot * t1 + acc * x_dot[i]
            acc, acc_dot = acc_1, acc_1_dot
        elif i > 2:
            t2 = x[i]
            acc_1 = acc + t2 ** 2
            acc_1_dot = acc_dot + x_dot[i] * 2 * t2
            acc, acc_dot = acc_1, acc_1_dot
        else:
            acc = acc - x[i]
            acc_dot = acc_dot - x_dot[i]
    return acc, acc_dot
