# s2s show ../../tests/cases/control.py::while_compound_condition --wrt 0
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
    y_bar = x
    for _ in range(steps):
        y_bar = y_bar * 1.2
    x_bar = y + y_bar
    return x_bar
