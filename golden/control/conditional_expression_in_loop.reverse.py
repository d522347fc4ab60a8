# s2s show tests/cases/control.py::conditional_expression_in_loop --wrt 0
def conditional_expression_in_loop_grad(x):
    tape = []
    tape1 = []
    r = range(4)
    acc, t5 = 0.0, rows_for(r)
    for i in r:
        t1 = i % 2 == 0
        if t1:
            t2 = x[i]
            tape.append(t2)
            t3 = t2 * 2.0
        else:
            t4 = x[i]
            tape1.append(t4)
            t3 = np.sin(t4)
        acc = acc + t3
        t5.append(t1)
    x_bar = zeros_like(x)
    for i in reversed(r):
        if t5[i]:
            t2 = tape.pop()
            x_bar_1 = add_at(x_bar, i, unbroadcast(2.0, t2))
            x_bar = x_bar_1
        else:
            t4 = tape1.pop()
            x_bar = add_into(x_bar, i, unbroadcast(np.cos(t4), t4))
    return acc, x_bar
