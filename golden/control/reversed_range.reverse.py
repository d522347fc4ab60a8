# s2s show tests/cases/control.py::reversed_range --wrt 0
def reversed_range_grad(x):
    tape = []
    t1 = range(5)
    n = len(t1)
    r = range(n)
    t2 = n - 1
    acc = 0.0
    for i1 in r:
        i = t1[t2 - i1]
        t3 = x[i]
        acc = acc * 0.5 + t3 ** 2
        tape.append((t3, i))
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for _ in reversed(r):
        t3, i = tape.pop()
        x_bar = add_into(x_bar, i, unbroadcast(acc_bar * 2 * t3, t3))
        acc_bar = acc_bar * 0.5
    return acc, x_bar
