# s2s show ../../tests/cases/control.py::enumerate_zip_nested_unpack --wrt 0,1
def enumerate_zip_nested_unpack_grad(x, y):
    r = range(min(len(x), len(y)))
    t3, t4, t5 = rows_for(r), rows_for(r), rows_for(r)
    for i in r:
        t1 = i + 1.0
        t3.append(t1)
        t4.append(t1 * x[i])
        t5.append(np.exp(y[i]))
    x_bar = zeros_like(x)
    y_bar = zeros_like(y)
    for i1 in reversed(r):
        t2 = t5[i1]
        y_bar = add_into(y_bar, i1, unbroadcast(t4[i1] * t2, y[i1]))
        x_bar = add_into(x_bar, i1, unbroadcast(t2 * t3[i1], x[i1]))
    return x_bar, y_bar
