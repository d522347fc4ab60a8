# s2s show tests/cases/control.py::for_continue_on_data --mode hvp --wrt 0
def for_continue_on_data_hvp(x, x_dot):
    tape = []
    r = range(len(x))
    for i in r:
        v = x[i]
        v_dot = x_dot[i]
        tape.append((v < 0, v, v_dot))
    acc_bar, x_bar_dot = 1.0, zeros_like(x)
    for i1 in reversed(r):
        t1, v, v_dot = tape.pop()
        if t1:
            v_bar_dot = zeros_like(v)
        else:
            v_bar_dot = acc_bar * v_dot
            t2 = unbroadcast(v_bar_dot, v)
            v_bar_dot = t2 + t2
        x_bar_dot = add_into(x_bar_dot, i1, v_bar_dot)
    return x_bar_dot
