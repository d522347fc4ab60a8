# s2s show tests/cases/control.py::for_range --wrt 0
def for_range_grad(x):
    tape = []
    r = range(np.shape(x)[0])
    acc = 0.0
    for i in r:
        t1 = x[i]
        t2 = i + 1.0
        acc = acc + t1 * t2
        tape.append((t1, t2))
    x_bar = zeros_like(x)
    for i in reversed(r):
        t1, t2 = tape.pop()
        x_bar = add_into(x_bar, i, unbroadcast(t2, t1))
    return acc, x_bar
