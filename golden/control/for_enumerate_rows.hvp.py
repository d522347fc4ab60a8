# s2s show tests/cases/control.py::for_enumerate_rows --mode hvp --wrt 0
def for_enumerate_rows_hvp(x, x_dot):
    tape = []
    r = range(len(x))
    for i in r:
        t1 = x[i]
        t1_dot = x_dot[i]
        tape.append((t1, i + 1, np.sum(t1 ** 2), t1_dot, np.sum(t1_dot * 2 * t1)))
    x_bar_dot = zeros_like(x)
    for i1 in reversed(r):
        t1, t2, t3, t1_dot, t3_dot = tape.pop()
        x_bar_dot = add_into(x_bar_dot, i1, unbroadcast(t2, t3) * 2 * t1_dot)
    return x_bar_dot
