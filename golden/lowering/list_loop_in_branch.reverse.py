# s2s show ../../tests/cases/lowering.py::list_loop_in_branch --mode reverse --wrt 0,1
def list_loop_in_branch_grad(x, s):
    tape = []
    t1 = np.sum(x) < 0.3
    if t1:
        t2 = [x, x * s]
        r = range(len(t2))
        x_1 = x
        for i in r:
            v = t2[i]
            t3 = np.sin(v)
            x_2 = t3 * s
            tape.append((t3, v, x_1))
            x_1 = x_2
    else:
        x_1 = x
    x_1_bar = x_1 + x_1
    if t1:
        x_1_bar_1, t2_bar, t4_all = x_1_bar, zeros_like(t2), []
        for i1 in reversed(r):
            t3, v, x_1 = tape.pop()
            t4 = x_1_bar_1 * t3
            v_bar = x_1_bar_1 * s * np.cos(v)
            t2_bar = add_into(t2_bar, i1, unbroadcast(v_bar, v))
            x_1_bar_1 = zeros_like(x_1)
            t4_all.append(t4)
        s_bar = unbroadcast_sum(stack_rows(t4_all), s)
        x_bar = x_1_bar_1 + t2_bar[0]
        t5 = t2_bar[1]
        x_bar = x_bar + unbroadcast(t5 * s, x)
        s_bar = s_bar + unbroadcast(t5 * x, s)
    else:
        s_bar = zeros_like(s)
        x_bar = x_1_bar
    return x_bar, s_bar
