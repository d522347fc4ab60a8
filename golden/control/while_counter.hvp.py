# s2s show ../../tests/cases/control.py::while_counter --mode hvp --wrt 0
def while_counter_hvp(x, x_dot):
    tape = []
    i, y, steps, y_dot = 0, x, 0, x_dot
    while i < 4:
        y_1 = np.sin(y) + x
        y_1_dot = y_dot * np.cos(y) + x_dot
        i = i + 1
        tape.append((y, y_dot))
        y, steps, y_dot = y_1, steps + 1, y_1_dot
    y_bar = broadcast_like(1.0, y)
    r = range(steps)
    y_bar_dot_all = rows_for(r)
    y_bar_dot = zeros_like(y_bar)
    for _ in r:
        y, y_dot = tape.pop()
        t1 = np.cos(y)
        y_bar_1 = y_bar * t1
        y_bar_1_dot = y_bar_dot * t1 - y_bar * (y_dot * np.sin(y))
        y_bar_dot_all.append(y_bar_dot)
        y_bar, y_bar_dot = y_bar_1, y_bar_1_dot
    y_bar_dot_rows = stack_rows(y_bar_dot_all)
    x_bar_dot = unbroadcast_sum(y_bar_dot_rows, x)
    x_bar_dot = x_bar_dot + unbroadcast(y_bar_dot, x)
    return x_bar_dot
