# s2s show tests/cases/control.py::for_range --wrt 0
def for_range_grad(x):
    r = range(np.shape(x)[0])
    acc, t2 = 0.0, rows_for(r)
    for i in r:
        t1 = i + 1.0
        acc = acc + x[i] * t1
        t2.append(t1)
    x_bar = zeros_like(x)
    for i in reversed(r):
        x_bar = add_into(x_bar, i, unbroadcast(t2[i], x[i]))
    return acc, x_bar
