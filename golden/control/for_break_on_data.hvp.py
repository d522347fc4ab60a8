# s2s show ../../tests/cases/control.py::for_break_on_data --mode hvp --wrt 0
def for_break_on_data_hvp(x, x_dot):
    n = len(range(20))
    broke, j, y, steps = False, 0, x, 0
    while j < n and (not broke):
        j = j + 1
        y = y * 1.5
        if np.sum(y * y) > 50.0:
            broke = True
        steps = steps + 1
    y_bar_dot = zeros_like(broadcast_like(1.0, y))
    for _ in range(steps):
        y_bar_dot = y_bar_dot * 1.5
    return y_bar_dot
