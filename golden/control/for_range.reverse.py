# s2s show ../../tests/cases/control.py::for_range --wrt 0
def for_range_grad(x):
    r = range(np.shape(x)[0])
    t1 = rows_for(r)
    for i in r:
        t1.append(i + 1.0)
    x_bar = zeros_like(x)
    for i in reversed(r):
        x_bar = add_into(x_bar, i, unbroadcast(t1[i], x[i]))
    return x_bar
