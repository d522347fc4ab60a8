# s2s show ../../tests/cases/closures.py::global_int_range --mode hvp --wrt 0
def global_int_range_hvp(x, x_dot):
    r = range(N_STEPS)
    y_all = rows_for(r)
    y_dot_all = rows_for(r)
    y, y_dot = x, x_dot
    for _ in r:
        y_1 = np.sin(y) * SCALE
        y_1_dot = y_dot * np.cos(y) * SCALE
        y_all.append(y)
        y_dot_all.append(y_dot)
        y, y_dot = y_1, y_1_dot
    y_bar = broadcast_like(1.0, y)
    y_all_rows = stack_rows(y_all)
    t1 = rowwise(np.cos, y_all_rows)
    t2 = rowwise(np.sin, y_all_rows)
    y_bar_dot = zeros_like(y_bar)
    for _ in reversed(r):
        y_dot = y_dot_all[_]
        t4 = y_bar * SCALE
        t3 = t1[_]
        y_bar = t4 * t3
        y_bar_dot = y_bar_dot * SCALE * t3 - t4 * (y_dot * t2[_])
    x_bar_dot = unbroadcast(y_bar_dot, x)
    return x_bar_dot
