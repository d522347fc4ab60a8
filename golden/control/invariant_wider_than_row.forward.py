# s2s show ../../tests/cases/control.py::invariant_wider_than_row --mode forward --wrt 0,1
def invariant_wider_than_row_jvp(xs, B, xs_dot, B_dot):
    acc, acc_dot = 0.0, 0.0
    for k in range(len(xs)):
        t1 = xs[k]
        t2 = B * t1
        t3 = np.sum((B_dot * t1 + B * xs_dot[k]) * np.cos(t2))
        acc = acc * 0.5 + np.sum(np.sin(t2))
        acc_dot = acc_dot * 0.5 + t3
    return acc, acc_dot
