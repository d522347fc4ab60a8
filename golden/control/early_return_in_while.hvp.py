# s2s show ../../tests/cases/control.py::early_return_in_while --mode hvp --wrt 0
def early_return_in_while_hvp(x, x_dot):
    tape = []
    k, returned, y, steps, y_dot = 0, False, x, 0, x_dot
    while not returned and k < 100:
        y = y * 1.3
        y_dot = y_dot * 1.3
        t1 = np.sum(y) > 10.0
        if t1:
            returned = True
        else:
            k = k + 1
        tape.append((t1, y, y_dot))
        steps = steps + 1
    if not returned:
        result_bar = 0.0
    else:
        result_bar = 1.0
    y_bar_dot = zeros_like(y)
    for _ in range(steps):
        t1, y, y_dot = tape.pop()
        if t1:
            y_bar_dot_1 = y_bar_dot + result_bar * 2 * y_dot
            result_bar = 0.0
        else:
            y_bar_dot_1 = y_bar_dot
        y_bar_dot = y_bar_dot_1 * 1.3
    return y_bar_dot
