# s2s show ../../tests/cases/control.py::loop_count_param_maybe_empty --mode hvp --wrt 0
def loop_count_param_maybe_empty_hvp(x, n, x_dot):
    r = range(n)
    y_all = rows_for(r)
    y_dot_all = rows_for(r)
    y, y_dot_1 = x, x_dot
    for _ in r:
        y_1 = np.sin(y) * 1.5
        y_1_dot = y_dot_1 * np.cos(y) * 1.5
        y_all.append(y)
        y_dot_all.append(y_dot_1)
        y, y_dot_1 = y_1, y_1_dot
    y_all_rows = stack_rows(y_all)
    t1 = rowwise(np.cos, y_all_rows)
    t2 = rowwise(np.sin, y_all_rows)
    y_bar, y_bar_dot = x, x_dot
    for _ in reversed(r):
        y_dot = y_dot_all[_]
        t4 = y_bar * 1.5
        t3 = t1[_]
        y_bar = t4 * t3
        y_bar_dot = y_bar_dot * 1.5 * t3 - t4 * (y_dot * t2[_])
    x_bar_dot = y_dot_1 + y_bar_dot
    return x_bar_dot
