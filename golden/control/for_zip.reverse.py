# s2s show tests/cases/control.py::for_zip --wrt 0,1
def for_zip_grad(x, y):
    r = range(min(len(x), len(y)))
    acc, t5 = 0.0, rows_for(r)
    for i in r:
        t1 = y[i]
        t2 = x[i] * t1
        acc = acc + t2 * t1
        t5.append(t2)
    x_bar = zeros_like(x)
    y_bar = zeros_like(y)
    for i1 in reversed(r):
        t3 = x[i1]
        t4 = y[i1]
        y_bar = add_into(y_bar, i1, unbroadcast(t5[i1], t4) + unbroadcast(t4 * t3, t4))
        x_bar = add_into(x_bar, i1, unbroadcast(t4 * t4, t3))
    return acc, x_bar, y_bar
