# s2s show ../../tests/cases/control.py::branch_on_int_flag --wrt 0
def branch_on_int_flag_grad(x, mode=1):
    t1 = mode == 1
    if not t1:
        t2 = mode == 2
        if t2:
            y = np.exp(x)
            y_1 = y
        else:
            t3 = mode > 2
            if t3:
                y = np.tanh(x)
                t4 = y
            else:
                y = x
    if t1:
        x_bar = 2.0 * x
    elif t2:
        x_bar = y + x * y_1
    elif t3:
        x_bar = y + x * (1 - t4 ** 2)
    else:
        x_bar = y + x
    return x_bar
