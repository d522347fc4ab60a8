# s2s show tests/cases/control.py::for_zip --mode hvp --wrt 0,1
def for_zip_hvp(x, y, x_dot, y_dot):
    tape = []
    r = range(min(len(x), len(y)))
    for i in r:
        t1 = x[i]
        t1_dot = x_dot[i]
        t2 = y[i]
        t2_dot = y_dot[i]
        tape.append((t1, t2, t1 * t2, t1_dot, t2_dot, t1_dot * t2 + t1 * t2_dot))
    x_bar_dot, y_bar_dot = zeros_like(x), zeros_like(y)
    for i1 in reversed(r):
        t1, t2, t3, t1_dot, t2_dot, t3_dot = tape.pop()
        y_bar_dot = add_into(y_bar_dot, i1, unbroadcast(t3_dot, t2) + unbroadcast(t2_dot * t1 + t2 * t1_dot, t2))
        x_bar_dot = add_into(x_bar_dot, i1, unbroadcast(t2_dot * t2 + t2 * t2_dot, t1))
    return x_bar_dot, y_bar_dot
