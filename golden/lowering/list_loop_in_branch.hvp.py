# s2s show ../../tests/cases/lowering.py::list_loop_in_branch --mode hvp --wrt 0,1
def list_loop_in_branch_hvp(x, s, x_dot, s_dot):
    tape = []
    t1 = np.sum(x) < 0.3
    if t1:
        t2 = [x, x * s]
        t2_dot = [x_dot, x_dot * s + x * s_dot]
        r = range(len(t2))
        x_1, x_1_dot = x, x_dot
        for i in r:
            v = t2[i]
            v_dot = t2_dot[i]
            t3 = np.sin(v)
            t3_dot = v_dot * np.cos(v)
            x_2 = t3 * s
            x_2_dot = t3_dot * s + t3 * s_dot
            tape.append((t3, v, x_1, t3_dot, v_dot, x_1_dot))
            x_1, x_1_dot = x_2, x_2_dot
    else:
        x_1, x_1_dot = x, x_dot
    x_1_bar = x_1 + x_1
    x_1_bar_dot = x_1_dot + x_1_dot
    if t1:
        t2_bar, x_bar_dot, t4, t5_all = zeros_like(t2), x_1_bar_dot, zeros_like(t2), []
        for i1 in reversed(r):
            t3, v, x_1, t3_dot, v_dot, x_1_dot = tape.pop()
            t3_bar = x_1_bar * s
            t5 = x_bar_dot * t3 + x_1_bar * t3_dot
            t6 = np.cos(v)
            v_bar = t3_bar * t6
            v_bar_dot = (x_bar_dot * s + x_1_bar * s_dot) * t6 - t3_bar * (v_dot * np.sin(v))
            t2_bar = add_into(t2_bar, i1, unbroadcast(v_bar, v))
            t4 = add_into(t4, i1, unbroadcast(v_bar_dot, v))
            x_1_bar = zeros_like(x_1)
            t5_all.append(t5)
            x_bar_dot = zeros_like(x_1)
        s_bar_dot = unbroadcast_sum(stack_rows(t5_all), s)
        x_bar_dot = x_bar_dot + t4[0]
        t7 = t2_bar[1]
        t7_dot = t4[1]
        x_bar_dot = x_bar_dot + unbroadcast(t7_dot * s + t7 * s_dot, x)
        s_bar_dot = s_bar_dot + unbroadcast(t7_dot * x + t7 * x_dot, s)
    else:
        s_bar_dot, x_bar_dot = zeros_like(s), x_1_bar_dot
    return x_bar_dot, s_bar_dot
