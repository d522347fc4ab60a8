# s2s show ../../tests/cases/lowering.py::break_in_while_in_for_with_break --mode hvp --wrt 0,1
def break_in_while_in_for_with_break_hvp(x, s, x_dot, s_dot):
    tape = []
    tape1 = []
    n1 = len(range(2))
    t1 = np.dot(x, x)
    t1_dot = np.dot(x_dot, x) + np.dot(x, x_dot)
    t2 = np.sum(x) < -5.0
    broke, j, s_1, steps = False, 0, s, 0
    while j < n1 and (not broke):
        j = j + 1
        broke2, n, steps1 = False, 0, 0
        while not broke2 and n < 2:
            s_2 = t1 * s_1
            s_2_dot = t1_dot * s_1 + t1 * s_dot
            if t2:
                broke2 = True
            else:
                n = n + 1
            tape.append((s_1, s_dot))
            s_1, steps1, s_dot = s_2, steps1 + 1, s_2_dot
        if s_1 > 10.0:
            broke = True
        tape1.append(steps1)
        steps = steps + 1
    s_1_bar, t1_bar, s_1_bar_dot, t3 = 1.0, np.zeros_like(t1), 0.0, np.zeros_like(t1)
    for _ in range(steps):
        steps1 = tape1.pop()
        r = range(steps1)
        t4, t5 = rows_for(r), rows_for(r)
        for _ in r:
            s_1, s_dot = tape.pop()
            t6 = s_1_bar_dot * s_1 + s_1_bar * s_dot
            s_1_bar_1 = s_1_bar * t1
            s_1_bar_dot = s_1_bar_dot * t1 + s_1_bar * t1_dot
            t4.append(s_1_bar * s_1)
            t5.append(t6)
            s_1_bar = s_1_bar_1
        t1_bar, t3 = t1_bar + unbroadcast_sum(stack_rows(t4), t1), t3 + unbroadcast_sum(stack_rows(t5), t1)
    x_bar_dot = dot_vjp_lhs(t3, x, x) + dot_vjp_lhs(t1_bar, x, x_dot)
    x_bar_dot = x_bar_dot + (dot_vjp_rhs(t3, x, x) + dot_vjp_rhs(t1_bar, x_dot, x))
    s_bar_dot = unbroadcast(s_1_bar_dot, s)
    return x_bar_dot, s_bar_dot
