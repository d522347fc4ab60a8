# s2s show ../../tests/cases/control.py::for_continue_on_index --mode hvp --wrt 0
def for_continue_on_index_hvp(x, x_dot):
    tape = []
    r = range(6)
    t3 = rows_for(r)
    for i in r:
        t1 = i % 2 == 0
        if not t1:
            tape.append((x[i], x_dot[i]))
        t3.append(t1)
    acc_bar, x_bar_dot = 1.0, zeros_like(x)
    for i in reversed(r):
        if not t3[i]:
            t2, t2_dot = tape.pop()
            x_bar_dot = add_into(x_bar_dot, i, unbroadcast(acc_bar * 2 * t2_dot, t2))
    return x_bar_dot
