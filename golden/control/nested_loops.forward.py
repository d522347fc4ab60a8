# s2s show ../../tests/cases/control.py::nested_loops --mode forward --wrt 0,1
def nested_loops_jvp(x, w, x_dot, w_dot):
    r = range(4)
    acc, acc_dot = 0.0, 0.0
    for i in range(3):
        for j in r:
            t1 = x[i, j]
            t2 = w[j, i]
            acc = acc + t1 * t2
            acc_dot = acc_dot + (x_dot[i, j] * t2 + t1 * w_dot[j, i])
    return acc, acc_dot
