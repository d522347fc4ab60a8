# s2s show tests/cases/control.py::while_compound_condition --mode hvp --wrt 0
def while_compound_condition_hvp(x, x_dot):
    i, y, steps, y_dot_1 = 0, x, 0, x_dot
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
        steps, y_dot_1 = steps + 1, y_dot_1 * 1.2
    t3 = unreduce(1.0, y * x)
    y_dot = t3 * x_dot
    x_bar_dot = t3 * y_dot_1
    for _ in range(steps):
        y_dot = y_dot * 1.2
    x_bar_dot = x_bar_dot + y_dot
    return x_bar_dot
