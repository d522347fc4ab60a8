# s2s show ../../tests/cases/closures.py::global_int_range --wrt 0
def global_int_range_grad(x):
    r = range(N_STEPS)
    y_all = rows_for(r)
    y = x
    for _ in r:
        y_1 = np.sin(y) * SCALE
        y_all.append(y)
        y = y_1
    y_all_rows = stack_rows(y_all)
    t1 = rowwise(np.cos, y_all_rows, overwrite=True)
    y_bar = broadcast_like(1.0, y)
    for _ in reversed(r):
        y_bar = y_bar * SCALE * t1[_]
    x_bar = unbroadcast(y_bar, x)
    return x_bar
