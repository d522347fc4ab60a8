# s2s show ../../tests/cases/control.py::for_continue_on_data --mode hvp --wrt 0
def for_continue_on_data_hvp(x, x_dot):
    r = range(len(x))
    t1 = rows_for(r)
    for i in r:
        v = x[i]
        t1.append(v < 0)
    acc_bar, x_bar_dot = 1.0, zeros_like(x)
    for i1 in reversed(r):
        v = x[i1]
        v_dot = x_dot[i1]
        if t1[i1]:
            v_bar_dot = zeros_like(v)
        else:
            v_bar_dot = acc_bar * v_dot
            t2 = unbroadcast(v_bar_dot, v)
            v_bar_dot = t2 + t2
        x_bar_dot = add_into(x_bar_dot, i1, v_bar_dot)
    return x_bar_dot
