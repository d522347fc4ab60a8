# s2s show ../../tests/cases/control.py::while_break --mode hvp --wrt 0
def while_break_hvp(x, x_dot):
    tape = []
    broke, k, y, steps, y_dot = False, 0, x, 0, x_dot
    while not broke and True:
        y_1 = y + np.sin(y)
        y_1_dot = y_dot + y_dot * np.cos(y)
        k = k + 1
        t1 = k >= 10
        if not t1:
            t1 = np.max(y_1) > 3.0
        if t1:
            broke = True
        tape.append((y, y_dot))
        y, steps, y_dot = y_1, steps + 1, y_1_dot
    y_bar = 2.0 * y
    y_bar_dot = 2.0 * y_dot
    for _ in range(steps):
        y, y_dot = tape.pop()
        t2 = np.cos(y)
        t3 = y_bar_dot * t2 - y_bar * (y_dot * np.sin(y))
        y_bar = y_bar + y_bar * t2
        y_bar_dot = y_bar_dot + t3
    return y_bar_dot
