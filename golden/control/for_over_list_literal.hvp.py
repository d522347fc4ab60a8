# s2s show tests/cases/control.py::for_over_list_literal --mode hvp --wrt 0
def for_over_list_literal_hvp(x, x_dot):
    tape = []
    t1 = [1.0, -2.0, 0.5]
    r = range(len(t1))
    for i in r:
        c = t1[i]
        tape.append((c * x, c, c * x_dot))
    t3 = []
    for _ in reversed(r):
        t2, c, t2_dot = tape.pop()
        t3.append(-(c * (c * (t2_dot * np.sin(t2)))))
    x_bar_dot = unbroadcast_sum(t3, x)
    return x_bar_dot
