# s2s show tests/cases/control.py::reversed_range --mode hvp --wrt 0
def reversed_range_hvp(x, x_dot):
    tape = []
    t1 = range(5)
    n = len(t1)
    r = range(n)
    t2 = n - 1
    for i1 in r:
        i = t1[t2 - i1]
        tape.append((x[i], i, x_dot[i]))
    acc_bar, x_bar_dot = 1.0, zeros_like(x)
    for _ in reversed(r):
        t3, i, t3_dot = tape.pop()
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(acc_bar * 2 * t3_dot, t3))
        acc_bar = acc_bar * 0.5
    return x_bar_dot
