# s2s show ../../tests/cases/calls.py::call_in_loop --mode hvp --wrt 0
def call_in_loop_hvp(x, x_dot):
    r = range(3)
    y_all = rows_for(r)
    y_dot_all = rows_for(r)
    y, y_dot = x, x_dot
    for _ in r:
        y_all.append(y)
        y_dot_all.append(y_dot)
        y, y_dot = np.sin(y) * 2.0, y_dot * np.cos(y) * 2.0
    y_bar = broadcast_like(1.0, y)
    y_all_rows = stack_rows(y_all)
    t1 = rowwise(np.cos, y_all_rows)
    t2 = rowwise(np.sin, y_all_rows)
    y_bar_dot = zeros_like(y_bar)
    for _ in reversed(r):
        y_dot = y_dot_all[_]
        t4 = y_bar * 2.0
        t3 = t1[_]
        y_bar = t4 * t3
        y_bar_dot = y_bar_dot * 2.0 * t3 - t4 * (y_dot * t2[_])
    return y_bar_dot
