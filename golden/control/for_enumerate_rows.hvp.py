# s2s show tests/cases/control.py::for_enumerate_rows --mode hvp --wrt 0
def for_enumerate_rows_hvp(x, x_dot):
    tape = []
    r = range(len(x))
    for i in r:
        tape.append((x[i], i + 1, x_dot[i]))
    x_bar_dot = zeros_like(x)
    for i1 in reversed(r):
        t1, t2, t1_dot = tape.pop()
        x_bar_dot = add_into(x_bar_dot, i1, t2 * 2 * t1_dot)
    return x_bar_dot
