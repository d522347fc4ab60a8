# s2s show tests/cases/control.py::while_compound_condition --wrt 0
def while_compound_condition_grad(x):
    i, y, steps = 0, x, 0
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
        steps = steps + 1
    t3 = y * x
    t3_bar = unreduce(1.0, t3)
    y_bar = t3_bar * x
    x_bar = t3_bar * y
    for _ in range(steps):
        y_bar = y_bar * 1.2
    x_bar = x_bar + y_bar
    return np.sum(t3), x_bar
