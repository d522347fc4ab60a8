# s2s show ../../tests/cases/control.py::while_break --wrt 0
def while_break_grad(x):
    tape = []
    broke, k, y, steps = False, 0, x, 0
    while not broke and True:
        y_1 = y + np.sin(y)
        k = k + 1
        t1 = k >= 10
        if not t1:
            t1 = np.max(y_1) > 3.0
        if t1:
            broke = True
        tape.append(y)
        y, steps = y_1, steps + 1
    y_bar = 2.0 * y
    for _ in range(steps):
        y = tape.pop()
        y_bar = y_bar + y_bar * np.cos(y)
    return y_bar
