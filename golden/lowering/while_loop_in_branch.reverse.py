# s2s show ../../tests/cases/lowering.py::while_loop_in_branch --mode reverse --wrt 0,1
def while_loop_in_branch_grad(x, s):
    tape = []
    t1 = s > 1.0
    if t1:
        n, x_1, steps = 0, x, 0
        while n < 3:
            t2 = np.tanh(x_1 * s)
            t3 = x_1[::-1]
            x_2 = t2 + t3
            n = n + 1
            tape.append((t2, t3, x_1))
            x_1, steps = x_2, steps + 1
    else:
        x_1 = x
    t4 = np.sum(x_1 * x_1)
    x_1_bar = s * x_1
    x_1_bar = x_1_bar + x_1_bar
    if t1:
        r = range(steps)
        x_1_bar_1, t5 = x_1_bar, rows_for(r)
        for _ in r:
            t2, t3, x_1 = tape.pop()
            x_1_bar_2 = zeros_like(x_1)
            x_1_bar_2 = add_into(x_1_bar_2, np.s_[::-1], unbroadcast(x_1_bar_1, t3))
            t6 = x_1_bar_1 * (1 - t2 ** 2)
            x_1_bar_1 = x_1_bar_2 + unbroadcast(t6 * s, x_1)
            t5.append(t6 * x_1)
        s_bar = t4 + unbroadcast_sum(stack_rows(t5), s)
    else:
        s_bar, x_1_bar_1 = t4, x_1_bar
    return x_1_bar_1, s_bar
