# s2s show tests/cases/control.py::for_enumerate_rows --wrt 0
def for_enumerate_rows_grad(x):
    tape = []
    r = range(len(x))
    acc = 0.0
    for i in r:
        t1 = x[i]
        t2 = i + 1
        t3 = np.sum(t1 ** 2)
        acc = acc + t2 * t3
        tape.append((t1, t2, t3))
    x_bar = zeros_like(x)
    for i1 in reversed(r):
        t1, t2, t3 = tape.pop()
        x_bar = add_into(x_bar, i1, unbroadcast(t2, t3) * 2 * t1)
    return acc, x_bar
