# s2s show ../../tests/cases/control.py::conditional_expression_in_loop --mode hvp --wrt 0
def conditional_expression_in_loop_hvp(x, x_dot):
    tape = []
    tape1 = []
    r = range(4)
    t4 = rows_for(r)
    for i in r:
        t1 = i % 2 == 0
        if t1:
            tape.append((x[i], x_dot[i]))
        else:
            tape1.append((x[i], x_dot[i]))
        t4.append(t1)
    x_bar_dot = zeros_like(x)
    for i in reversed(r):
        if t4[i]:
            t2, t2_dot = tape.pop()
        else:
            t3, t3_dot = tape1.pop()
            x_bar_dot = add_into(x_bar_dot, i, -unbroadcast(t3_dot * np.sin(t3), t3))
    return x_bar_dot
