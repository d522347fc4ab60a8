# s2s show ../../tests/cases/control.py::while_counter --wrt 0
def while_counter_grad(x):
    tape = []
    i, y, steps = 0, x, 0
    while i < 4:
        y_1 = np.sin(y) + x
        i = i + 1
        tape.append(y)
        y, steps = y_1, steps + 1
    r = range(steps)
    y_bar_all = rows_for(r)
    y_bar = broadcast_like(1.0, y)
    for _ in r:
        y = tape.pop()
        y_bar_1 = y_bar * np.cos(y)
        y_bar_all.append(y_bar)
        y_bar = y_bar_1
    y_bar_rows = stack_rows(y_bar_all)
    x_bar = unbroadcast_sum(y_bar_rows, x)
    x_bar = x_bar + unbroadcast(y_bar, x)
    return x_bar
