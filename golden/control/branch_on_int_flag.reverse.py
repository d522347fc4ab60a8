# s2s show tests/cases/control.py::branch_on_int_flag --wrt 0
def branch_on_int_flag_grad(x, mode=1):
    t1 = mode == 1
    if t1:
        t2 = x ** 2
        result = np.sum(t2)
    else:
        t3 = mode == 2
        if t3:
            y = np.exp(x)
            y_1 = y
        else:
            t4 = mode > 2
            if t4:
                y = np.tanh(x)
                t5 = y
            else:
                y = x
        t6 = y * x
        result = np.sum(t6)
    if t1:
        x_bar = unreduce(1.0, t2) * 2 * x
    else:
        t6_bar = unreduce(1.0, t6)
        y_bar = t6_bar * x
        x_bar_1 = t6_bar * y
        if t3:
            x_bar = x_bar_1 + y_bar * y_1
        elif t4:
            x_bar = x_bar_1 + y_bar * (1 - t5 ** 2)
        else:
            x_bar = x_bar_1 + y_bar
    return result, x_bar
