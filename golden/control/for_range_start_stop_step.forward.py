# s2s show ../../tests/cases/control.py::for_range_start_stop_step --mode forward --wrt 0
def for_range_start_stop_step_jvp(x, x_dot):
    acc, acc_dot = 0.0, 0.0
    for i in range(1, len(x), 2):
        t1 = x[i]
        t2 = i - 1
        t3 = x[t2]
        acc = acc + t1 * t3
        acc_dot = acc_dot + (x_dot[i] * t3 + t1 * x_dot[t2])
    return acc, acc_dot
