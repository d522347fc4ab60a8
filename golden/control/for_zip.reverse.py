# s2s show ../../tests/cases/control.py::for_zip --wrt 0,1
def for_zip_grad(x, y):
    r = range(min(len(x), len(y)))
    t3 = rows_for(r)
    for i in r:
        t3.append(x[i] * y[i])
    x_bar = zeros_like(x)
    y_bar = zeros_like(y)
    for i1 in reversed(r):
        t1 = x[i1]
        t2 = y[i1]
        y_bar = add_into(y_bar, i1, unbroadcast(t3[i1], t2) + unbroadcast(t2 * t1, t2))
        x_bar = add_into(x_bar, i1, unbroadcast(t2 * t2, t1))
    return x_bar, y_bar
