# s2s show ../../tests/cases/control.py::for_over_array --wrt 0
def for_over_array_grad(x):
    acc = np.zeros(4)
    r = range(len(x))
    t1 = rowwise(np.tanh, x)
    for i in r:
        acc = acc + t1[i]
    acc_bar = 2.0 * acc
    x_bar = zeros_like(x)
    t2 = rowwise(np.power, t1, 2)
    t3 = rowwise(np.subtract, 1, t2, rows=1, overwrite=True)
    row_bar_rows = rowwise(np.multiply, acc_bar, t3, rows=1, overwrite=True)
    for i1 in reversed(r):
        row = x[i1]
        row_bar = row_bar_rows[i1]
        x_bar = add_into(x_bar, i1, unbroadcast(row_bar, row))
    return x_bar
