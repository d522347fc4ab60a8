# s2s show ../../tests/cases/control.py::branch_on_int_flag --mode hvp --wrt 0
def branch_on_int_flag_hvp(x, mode, x_dot):
    t1 = mode == 1
    if not t1:
        t2 = mode == 2
        if t2:
            y = np.exp(x)
            y_dot = x_dot * y
            y_dot_1 = y_dot
        else:
            t3 = mode > 2
            if t3:
                t4 = np.tanh(x)
                y_dot = x_dot * (1 - t4 ** 2)
                t4_dot = y_dot
            else:
                y_dot = x_dot
    if t1:
        x_bar_dot = 2.0 * x_dot
    elif t2:
        x_bar_dot = y_dot + (x_dot * y + x * y_dot_1)
    elif t3:
        t5 = x_dot * (1 - t4 ** 2) - x * (t4_dot * 2 * t4)
        x_bar_dot = y_dot + t5
    else:
        x_bar_dot = y_dot + x_dot
    return x_bar_dot
