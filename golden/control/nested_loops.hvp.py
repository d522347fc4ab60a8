# s2s show ../../tests/cases/control.py::nested_loops --mode hvp --wrt 0,1
def nested_loops_hvp(x, w, x_dot, w_dot):
    tape = []
    r = range(3)
    r1 = range(4)
    for i in r:
        for j in r1:
            tape.append((x[i, j], w[j, i], x_dot[i, j], w_dot[j, i]))
    w_bar_dot, x_bar_dot = zeros_like(w), zeros_like(x)
    for i in reversed(r):
        for j in reversed(r1):
            t1, t2, t1_dot, t2_dot = tape.pop()
            w_bar_dot = add_into(w_bar_dot, (j, i), unbroadcast(t1_dot, t2))
            x_bar_dot = add_into(x_bar_dot, (i, j), unbroadcast(t2_dot, t1))
    return x_bar_dot, w_bar_dot
