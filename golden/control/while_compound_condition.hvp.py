# s2s show ../../tests/cases/control.py::while_compound_condition --mode hvp --wrt 0
def while_compound_condition_hvp(x, x_dot):
    i, y, steps, y_dot = 0, x, 0, x_dot
    while True:
        t1 = i < 20
        if t1:
            t2 = np.sum(y) < 30.0
        else:
            t2 = t1
        if not t2:
            break
        y = y * 1.2 + 0.1
        i = i + 1
        steps, y_dot = steps + 1, y_dot * 1.2
    y_bar_dot = x_dot
    for _ in range(steps):
        y_bar_dot = y_bar_dot * 1.2
    x_bar_dot = y_dot + y_bar_dot
    return x_bar_dot
