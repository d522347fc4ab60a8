# s2s show tests/cases/control.py::enumerate_zip_nested_unpack --wrt 0,1
def enumerate_zip_nested_unpack_grad(x, y):
    r = range(min(len(x), len(y)))
    acc, t5, t6, t7 = 0.0, rows_for(r), rows_for(r), rows_for(r)
    for i in r:
        t1 = i + 1.0
        t2 = t1 * x[i]
        t3 = np.exp(y[i])
        acc = acc + t2 * t3
        t5.append(t1)
        t6.append(t2)
        t7.append(t3)
    x_bar = zeros_like(x)
    y_bar = zeros_like(y)
    for i1 in reversed(r):
        t4 = t7[i1]
        y_bar = add_into(y_bar, i1, unbroadcast(t6[i1] * t4, y[i1]))
        x_bar = add_into(x_bar, i1, unbroadcast(t4 * t5[i1], x[i1]))
    return acc, x_bar, y_bar
