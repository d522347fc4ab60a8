# s2s show tests/cases/control.py::for_range --mode hvp --wrt 0
def for_range_hvp(x, x_dot):
    tape = []
    r = range(np.shape(x)[0])
    for i in r:
        tape.append((x[i], i + 1.0, x_dot[i]))
    for _ in reversed(r):
        t1, t2, t1_dot = tape.pop()
    return zeros_like(x)
