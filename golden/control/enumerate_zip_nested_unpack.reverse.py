# s2s show tests/cases/control.py::enumerate_zip_nested_unpack --wrt 0,1
def enumerate_zip_nested_unpack_grad(x, y):
    tape = []
    r = range(min(len(x), len(y)))
    acc = 0.0
    for i in r:
        t1 = x[i]
        t2 = y[i]
        t3 = i + 1.0
        t4 = t3 * t1
        t5 = np.exp(t2)
        acc = acc + t4 * t5
        tape.append((t1, t2, t3, t4, t5))
    x_bar = zeros_like(x)
    y_bar = zeros_like(y)
    for i1 in reversed(r):
        t1, t2, t3, t4, t5 = tape.pop()
        y_bar = add_into(y_bar, i1, unbroadcast(t4 * t5, t2))
        x_bar = add_into(x_bar, i1, unbroadcast(t5 * t3, t1))
    return acc, x_bar, y_bar
