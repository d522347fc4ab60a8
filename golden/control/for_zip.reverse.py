# s2s show tests/cases/control.py::for_zip --wrt 0,1
def for_zip_grad(x, y):
    tape = []
    r = range(min(len(x), len(y)))
    acc = 0.0
    for i in r:
        t1 = x[i]
        t2 = y[i]
        t3 = t1 * t2
        acc = acc + t3 * t2
        tape.append((t1, t2, t3))
    x_bar = zeros_like(x)
    y_bar = zeros_like(y)
    for i1 in reversed(r):
        t1, t2, t3 = tape.pop()
        y_bar = add_into(y_bar, i1, unbroadcast(t3, t2) + unbroadcast(t2 * t1, t2))
        x_bar = add_into(x_bar, i1, unbroadcast(t2 * t2, t1))
    return acc, x_bar, y_bar
