# s2s show tests/cases/control.py::loop_carries_tuple --wrt 0,1
def loop_carries_tuple_grad(x, y):
    tape = []
    r = range(4)
    a, b = x, y
    for _ in r:
        a_1 = np.tanh(a * b)
        b_1 = a + 0.5 * b
        tape.append((a, a_1, b))
        a, b = a_1, b_1
    t1 = a + b
    a_bar = broadcast_like(1.0, t1)
    b_bar = a_bar
    for _ in reversed(r):
        a, a_1, b = tape.pop()
        b_bar_1 = b_bar * 0.5
        t2 = a_bar * (1 - a_1 ** 2)
        a_bar = unbroadcast(b_bar, a) + unbroadcast(t2 * b, a)
        b_bar = unbroadcast(b_bar_1, b) + unbroadcast(t2 * a, b)
    x_bar = unbroadcast(a_bar, x)
    y_bar = unbroadcast(b_bar, y)
    return np.sum(t1), x_bar, y_bar
