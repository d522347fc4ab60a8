# s2s show ../../tests/cases/control.py::break_inner_loop_only --mode forward --wrt 0
def break_inner_loop_only_jvp(x, x_dot):
    r = range(4)
    n = len(r)
    acc, acc_dot = 0.0, 0.0
    for i in range(3):
        broke, k = False, 0
        while k < n and (not broke):
            j = r[k]
            k = k + 1
            t1 = x[i, j]
            t1_dot = x_dot[i, j]
            if t1 < 0:
                broke = True
            else:
                t2 = i + 1
                acc = acc + t1 * t2
                acc_dot = acc_dot + t1_dot * t2
    return acc, acc_dot
