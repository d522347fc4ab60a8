# s2s show ../../tests/cases/calls.py::call_in_loop --wrt 0
def call_in_loop_grad(x):
    r = range(3)
    y_all = rows_for(r)
    y = x
    for _ in r:
        y_all.append(y)
        y = np.sin(y) * 2.0
    y_all_rows = stack_rows(y_all)
    t1 = rowwise(np.cos, y_all_rows, overwrite=True)
    y_bar = broadcast_like(1.0, y)
    for _ in reversed(r):
        y_bar = y_bar * 2.0 * t1[_]
    return y_bar
