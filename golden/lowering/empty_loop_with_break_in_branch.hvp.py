# s2s show ../../tests/cases/lowering.py::empty_loop_with_break_in_branch --mode hvp --wrt 0,1
def empty_loop_with_break_in_branch_hvp(x, s, x_dot, s_dot):
    tape = []
    t1 = np.sum(x) < 0.3
    if t1:
        t2 = [x, x, x]
        t3 = t2[2:-1]
        t3_dot = [x_dot, x_dot, x_dot][2:-1]
        n = len(t3)
        broke, i, s_1, steps, s_1_dot = False, 0, s, 0, s_dot
        while i < n and (not broke):
            v = t3[i]
            v_dot = t3_dot[i]
            i_1 = i + 1
            s_2 = np.max(v)
            s_2_dot = np.sum(v_dot * unreduce_extremum(1.0, v, s_2))
            if np.sum(v) < 0.4:
                broke = True
            tape.append((i, s_1, s_2, v, s_1_dot, s_2_dot, v_dot))
            i, s_1, steps, s_1_dot = i_1, s_2, steps + 1, s_2_dot
    else:
        s_1, s_1_dot = s, s_dot
    t4 = np.sum(x_dot * x + x * x_dot)
    x_bar_dot = s_1_dot * x + s_1 * x_dot
    x_bar_dot = x_bar_dot + x_bar_dot
    if t1:
        s_bar_dot, t5 = t4, zeros_like(t3)
        for _ in range(steps):
            i, s_1, s_2, v, s_1_dot, s_2_dot, v_dot = tape.pop()
            v_bar_dot = unreduce_extremum(s_bar_dot, v, s_2)
            t5 = add_into(t5, i, v_bar_dot)
            s_bar_dot = zeros_like(s_1)
        t6 = zeros_like(t2)
        t6 = add_into(t6, np.s_[2:-1], t5)
        x_bar_dot_1 = x_bar_dot + t6[0]
        x_bar_dot_1 = x_bar_dot_1 + t6[1]
        x_bar_dot_1 = x_bar_dot_1 + t6[2]
    else:
        s_bar_dot, x_bar_dot_1 = t4, x_bar_dot
    return x_bar_dot_1, s_bar_dot
