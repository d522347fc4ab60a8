# s2s show tests/cases/control.py::for_over_list_literal --wrt 0
def for_over_list_literal_grad(x):
    tape = []
    t1 = [1.0, -2.0, 0.5]
    r = range(len(t1))
    acc = 0.0
    for i in r:
        c = t1[i]
        t2 = c * x
        acc = acc + c * np.sum(np.sin(t2))
        tape.append((t2, c))
    t3 = []
    for _ in reversed(r):
        t2, c = tape.pop()
        t3.append(c * np.cos(t2) * c)
    x_bar = unbroadcast_sum(t3, x)
    return acc, x_bar
