# s2s show tests/cases/control.py::for_over_list_literal --wrt 0
def for_over_list_literal_grad(x):
    tape = []
    t1 = [1.0, -2.0, 0.5]
    r = range(len(t1))
    acc = 0.0
    for i in r:
        c = t1[i]
        t2 = c * x
        t3 = np.sum(np.sin(t2))
        acc = acc + c * t3
        tape.append((t2, t3, c))
    t4 = []
    for _ in reversed(r):
        t2, t3, c = tape.pop()
        t4.append(unbroadcast(c, t3) * np.cos(t2) * c)
    x_bar = unbroadcast_sum(t4, x)
    return acc, x_bar
