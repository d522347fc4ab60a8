# s2s show ../../tests/cases/control.py::for_range_start_stop_step --mode hvp --wrt 0
def for_range_start_stop_step_hvp(x, x_dot):
    tape = []
    r = range(1, len(x), 2)
    for i in r:
        t2 = i - 1
        tape.append((x[i], t2, x[t2], x_dot[i], x_dot[t2]))
    x_bar_dot = zeros_like(x)
    for i in reversed(r):
        t1, t2, t3, t1_dot, t3_dot = tape.pop()
        x_bar_dot = add_into(x_bar_dot, t2, unbroadcast(t1_dot, t3))
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(t3_dot, t1))
    return x_bar_dot
