# s2s show tests/cases/control.py::reversed_range --wrt 0
def reversed_range_grad(x):
    tape = []
    t1 = range(5)
    n = len(t1)
    r = range(n)
    acc = 0.0
    for i1 in r:
        i = t1[n - 1 - i1]
        t2 = x[i]
        acc = acc * 0.5 + t2 ** 2
        tape.append((t2, i))
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for _ in reversed(r):
        t2, i = tape.pop()
        x_bar = add_into(x_bar, i, unbroadcast(acc_bar * 2 * t2, t2))
        acc_bar = acc_bar * 0.5
    return acc, x_bar
