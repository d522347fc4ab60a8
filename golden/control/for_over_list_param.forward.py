# s2s show ../../tests/cases/control.py::for_over_list_param --mode forward --wrt 0
def for_over_list_param_jvp(xs, xs_dot):
    acc, acc_dot = 1.0, 0.0
    for i in range(len(xs)):
        v = xs[i]
        v_dot = xs_dot[i]
        t1 = np.sum(v * v)
        acc_dot = acc_dot * t1 + acc * np.sum(v_dot * v + v * v_dot)
        acc = acc * t1 + 1.0
    return acc, acc_dot
