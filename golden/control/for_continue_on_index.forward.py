# s2s show ../../tests/cases/control.py::for_continue_on_index --mode forward --wrt 0
def for_continue_on_index_jvp(x, x_dot):
    acc, acc_dot = 0.0, 0.0
    for i in range(6):
        if i % 2 != 0:
            t1 = x[i]
            acc = acc + t1 ** 2
            acc_dot = acc_dot + x_dot[i] * 2 * t1
    return acc, acc_dot
