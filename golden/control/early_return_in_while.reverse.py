# s2s show tests/cases/control.py::early_return_in_while --wrt 0
def early_return_in_while_grad(x):
    tape = []
    tape1 = []
    k, result, returned, y, steps = 0, None, False, x, 0
    while not returned and k < 100:
        y = y * 1.3
        t1 = np.sum(y) > 10.0
        if t1:
            t2 = y ** 2
            result_1 = np.sum(t2)
            tape.append(t2)
            result, returned = result_1, True
        else:
            k = k + 1
        tape1.append((t1, y))
        steps = steps + 1
    t3 = not returned
    if t3:
        result = 0.0
    if t3:
        result_bar = 0.0
    else:
        result_bar = 1.0
    y_bar = zeros_like(y)
    for _ in range(steps):
        t1, y = tape1.pop()
        if t1:
            t2 = tape.pop()
            y_bar_1 = y_bar + unreduce(result_bar, t2) * 2 * y
            result_bar = 0.0
        else:
            y_bar_1 = y_bar
        y_bar = y_bar_1 * 1.3
    return result, y_bar
