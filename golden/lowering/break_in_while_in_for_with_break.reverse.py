# s2s show ../../tests/cases/lowering.py::break_in_while_in_for_with_break --mode reverse --wrt 0,1
def break_in_while_in_for_with_break_grad(x, s):
    tape = []
    tape1 = []
    n1 = len(range(2))
    t1 = np.dot(x, x)
    t2 = np.sum(x) < -5.0
    broke, j, s_1, steps = False, 0, s, 0
    while j < n1 and (not broke):
        j = j + 1
        broke2, n, steps1 = False, 0, 0
        while not broke2 and n < 2:
            s_2 = t1 * s_1
            if t2:
                broke2 = True
            else:
                n = n + 1
            tape.append(s_1)
            s_1, steps1 = s_2, steps1 + 1
        if s_1 > 10.0:
            broke = True
        tape1.append(steps1)
        steps = steps + 1
    s_1_bar, t1_bar = 1.0, np.zeros_like(t1)
    for _ in range(steps):
        steps1 = tape1.pop()
        r = range(steps1)
        t3_all = rows_for(r)
        for _ in r:
            s_1 = tape.pop()
            t3 = s_1_bar * s_1
            s_1_bar = s_1_bar * t1
            t3_all.append(t3)
        t1_bar = t1_bar + unbroadcast_sum(stack_rows(t3_all), t1)
    x_bar = dot_vjp_lhs(t1_bar, x, x)
    x_bar = x_bar + dot_vjp_rhs(t1_bar, x, x)
    s_bar = unbroadcast(s_1_bar, s)
    return x_bar, s_bar
