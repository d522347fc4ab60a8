# s2s show ../../tests/cases/lowering.py::while_loop_in_branch --mode hvp --wrt 0,1
def while_loop_in_branch_hvp(x, s, x_dot, s_dot):
    tape = []
    t1 = s > 1.0
    if t1:
        n, x_1, steps, x_1_dot = 0, x, 0, x_dot
        while n < 3:
            t2 = np.tanh(x_1 * s)
            t2_dot = (x_1_dot * s + x_1 * s_dot) * (1 - t2 ** 2)
            t3 = x_1[::-1]
            t3_dot = x_1_dot[::-1]
            x_2 = t2 + t3
            x_2_dot = t2_dot + t3_dot
            n = n + 1
            tape.append((t2, t3, x_1, t2_dot, t3_dot, x_1_dot))
            x_1, steps, x_1_dot = x_2, steps + 1, x_2_dot
    else:
        x_1, x_1_dot = x, x_dot
    t5 = np.sum(x_1_dot * x_1 + x_1 * x_1_dot)
    x_1_bar = s * x_1
    x_1_bar_dot = s_dot * x_1 + s * x_1_dot
    x_1_bar = x_1_bar + x_1_bar
    x_1_bar_dot = x_1_bar_dot + x_1_bar_dot
    if t1:
        r = range(steps)
        x_1_bar_dot_1, t6 = x_1_bar_dot, rows_for(r)
        for _ in r:
            t2, t3, x_1, t2_dot, t3_dot, x_1_dot = tape.pop()
            x_1_bar_1 = zeros_like(x_1)
            x_1_bar_1 = add_into(x_1_bar_1, np.s_[::-1], unbroadcast(x_1_bar, t3))
            x_bar_dot = zeros_like(x_1)
            x_bar_dot = add_into(x_bar_dot, np.s_[::-1], unbroadcast(x_1_bar_dot_1, t3))
            t4 = 1 - t2 ** 2
            t7 = x_1_bar * t4
            t7_dot = x_1_bar_dot_1 * t4 - x_1_bar * (t2_dot * 2 * t2)
            x_1_bar = x_1_bar_1 + unbroadcast(t7 * s, x_1)
            x_1_bar_dot_1 = x_bar_dot + unbroadcast(t7_dot * s + t7 * s_dot, x_1)
            t6.append(t7_dot * x_1 + t7 * x_1_dot)
        s_bar_dot = t5 + unbroadcast_sum(stack_rows(t6), s)
    else:
        s_bar_dot, x_1_bar_dot_1 = t5, x_1_bar_dot
    return x_1_bar_dot_1, s_bar_dot
