# s2s show ../../tests/cases/lowering.py::empty_loop_with_break_in_branch --mode reverse --wrt 0,1
def empty_loop_with_break_in_branch_grad(x, s):
    tape = []
    t1 = np.sum(x) < 0.3
    if t1:
        t2 = [x, x, x]
        t3 = t2[2:-1]
        n = len(t3)
        broke, i, s_1, steps = False, 0, s, 0
        while i < n and (not broke):
            v = t3[i]
            i_1 = i + 1
            s_2 = np.max(v)
            if np.sum(v) < 0.4:
                broke = True
            tape.append((i, s_1, s_2, v))
            i, s_1, steps = i_1, s_2, steps + 1
    else:
        s_1 = s
    t4 = np.sum(x * x)
    x_bar = s_1 * x
    x_bar = x_bar + x_bar
    if t1:
        s_1_bar, t3_bar = t4, zeros_like(t3)
        for _ in range(steps):
            i, s_1, s_2, v = tape.pop()
            v_bar = unreduce_extremum(s_1_bar, v, s_2)
            t3_bar = add_into(t3_bar, i, v_bar)
            s_1_bar = zeros_like(s_1)
        t2_bar = zeros_like(t2)
        t2_bar = add_into(t2_bar, np.s_[2:-1], t3_bar)
        x_bar_1 = x_bar + t2_bar[0]
        x_bar_1 = x_bar_1 + t2_bar[1]
        x_bar_1 = x_bar_1 + t2_bar[2]
    else:
        s_1_bar, x_bar_1 = t4, x_bar
    return x_bar_1, s_1_bar
