# s2s show ../../tests/cases/control.py::reversed_range --mode forward --wrt 0
def reversed_range_jvp(x, x_dot):
    t1 = range(5)
    n = len(t1)
    t2 = n - 1
    acc, acc_dot = 0.0, 0.0
    for i1 in range(n):
        i = t1[t2 - i1]
        t3 = x[i]
        acc = acc * 0.5 + t3 ** 2
        acc_dot = acc_dot * 0.5 + x_dot[i] * 2 * t3
    return acc, acc_dot
