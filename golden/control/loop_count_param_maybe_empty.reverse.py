# s2s show ../../tests/cases/control.py::loop_count_param_maybe_empty --wrt 0
def loop_count_param_maybe_empty_grad(x, n):
    r = range(n)
    y_all = rows_for(r)
    y = x
    for _ in r:
        y_1 = np.sin(y) * 1.5
        y_all.append(y)
        y = y_1
    y_all_rows = stack_rows(y_all)
    t1 = rowwise(np.cos, y_all_rows, overwrite=True)
    y_bar = x
    for _ in reversed(r):
        y_bar = y_bar * 1.5 * t1[_]
    x_bar = y + y_bar
    return x_bar
