# s2s show tests/cases/control.py::loop_carries_tuple --mode hvp --wrt 0,1
def loop_carries_tuple_hvp(x, y, x_dot, y_dot):
    tape = []
    r = range(4)
    a, b, a_dot, b_dot = x, y, x_dot, y_dot
    for _ in r:
        a_1 = np.tanh(a * b)
        a_1_dot = (a_dot * b + a * b_dot) * (1 - a_1 ** 2)
        b_1 = a + 0.5 * b
        b_1_dot = a_dot + 0.5 * b_dot
        tape.append((a, a_1, b, a_dot, a_1_dot, b_dot))
        a, b, a_dot, b_dot = a_1, b_1, a_1_dot, b_1_dot
    a_bar = broadcast_like(1.0, a + b)
    b_bar, a_bar_dot, b_bar_dot = a_bar, zeros_like(a_bar), zeros_like(a_bar)
    for _ in reversed(r):
        a, a_1, b, a_dot, a_1_dot, b_dot = tape.pop()
        b_bar_1 = b_bar * 0.5
        b_bar_1_dot = b_bar_dot * 0.5
        t1 = 1 - a_1 ** 2
        t2 = a_bar * t1
        t2_dot = a_bar_dot * t1 - a_bar * (a_1_dot * 2 * a_1)
        a_bar = unbroadcast(b_bar, a) + unbroadcast(t2 * b, a)
        a_bar_dot = unbroadcast(b_bar_dot, a) + unbroadcast(t2_dot * b + t2 * b_dot, a)
        b_bar = unbroadcast(b_bar_1, b) + unbroadcast(t2 * a, b)
        b_bar_dot = unbroadcast(b_bar_1_dot, b) + unbroadcast(t2_dot * a + t2 * a_dot, b)
    x_bar_dot = unbroadcast(a_bar_dot, x)
    y_bar_dot = unbroadcast(b_bar_dot, y)
    return x_bar_dot, y_bar_dot
