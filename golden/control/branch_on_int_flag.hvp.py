# s2s show tests/cases/control.py::branch_on_int_flag --mode hvp --wrt 0
def branch_on_int_flag_hvp(x, mode, x_dot=1):
    t1 = mode == 1
    if t1:
        t2 = x ** 2
    else:
        t3 = mode == 2
        if t3:
            y = np.exp(x)
            y_dot = x_dot * y
            y_1, y_1_dot = y, y_dot
        else:
            t4 = mode > 2
            if t4:
                y = np.tanh(x)
                y_dot = x_dot * (1 - y ** 2)
                t5, t5_dot = y, y_dot
            else:
                y, y_dot = x, x_dot
        t6 = y * x
    if t1:
        x_bar_dot = unreduce(1.0, t2) * 2 * x_dot
    else:
        t6_bar = unreduce(1.0, t6)
        y_bar = t6_bar * x
        y_bar_dot = t6_bar * x_dot
        x_bar_dot_1 = t6_bar * y_dot
        if t3:
            x_bar_dot = x_bar_dot_1 + (y_bar_dot * y_1 + y_bar * y_1_dot)
        elif t4:
            x_bar_dot = x_bar_dot_1 + (y_bar_dot * (1 - t5 ** 2) + y_bar * -(t5_dot * 2 * t5))
        else:
            x_bar_dot = x_bar_dot_1 + y_bar_dot
    return x_bar_dot
