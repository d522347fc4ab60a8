# s2s show ../../tests/cases/control.py::early_return_in_while --wrt 0
def early_return_in_while_grad(x):
    tape = []
    k, returned, y, steps = 0, False, x, 0
    while not returned and k < 100:
        y = y * 1.3
        t1 = np.sum(y) > 10.0
        if t1:
            returned = True
        else:
            k = k + 1
        tape.append((t1, y))
        steps = steps + 1
    if not returned:
        result_bar = 0.0
    else:
        result_bar = 1.0
    y_bar = zeros_like(y)
    for _ in range(steps):
        t1, y = tape.pop()
        if t1:
            y_bar_1 = y_bar + result_bar * 2 * y
            result_bar = 0.0
        else:
            y_bar_1 = y_bar
        y_bar = y_bar_1 * 1.3
    return y_bar
