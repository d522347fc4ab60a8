# s2s show tests/cases/control.py::for_over_list_literal --mode hvp --wrt 0
def for_over_list_literal_hvp(x, x_dot):
    tape = []
    t1 = [1.0, -2.0, 0.5]
    r = range(len(t1))
    for i in r:
        c = t1[i]
        t2 = c * x
        t2_dot = c * x_dot
        tape.append((t2, np.sum(np.sin(t2)), c, t2_dot, np.sum(t2_dot * np.cos(t2))))
    t4 = []
    for _ in reversed(r):
        t2, t3, c, t2_dot, t3_dot = tape.pop()
        t4.append(-(c * (unbroadcast(c, t3) * (t2_dot * np.sin(t2)))))
    x_bar_dot = unbroadcast_sum(t4, x)
    return x_bar_dot
