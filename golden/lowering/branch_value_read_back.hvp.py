# s2s show ../../tests/cases/lowering.py::branch_value_read_back --mode hvp --wrt 0,1
def branch_value_read_back_hvp(x, s, x_dot, s_dot):
    tape = []
    r = range(3)
    s_all = rows_for(r)
    x_all = rows_for(r)
    s_dot_all = rows_for(r)
    x_dot_all = rows_for(r)
    x_1, t3 = x, rows_for(r)
    for _ in r:
        t1 = np.sum(x_1) < 0.5
        if t1:
            s_1 = np.tanh(s)
            s_1_dot = s_dot * (1 - s_1 ** 2)
            tape.append((s_1, s_1_dot))
            s, s_dot = s_1, s_1_dot
        x_2 = x_1 * s
        x_2_dot = x_dot * s + x_1 * s_dot
        t3.append(t1)
        s_all.append(s)
        x_all.append(x_1)
        s_dot_all.append(s_dot)
        x_dot_all.append(x_dot)
        x_1, x_dot = x_2, x_2_dot
    s_bar = zeros_like(s)
    x_1_bar = broadcast_like(1.0, x_1)
    s_bar_dot, x_1_bar_dot = zeros_like(s), zeros_like(x_1_bar)
    for i in reversed(r):
        s_1 = s_all[i]
        x_1 = x_all[i]
        s_1_dot = s_dot_all[i]
        x_1_dot = x_dot_all[i]
        x_1_bar_1 = x_1_bar * s_1
        x_1_bar_1_dot = x_1_bar_dot * s_1 + x_1_bar * s_1_dot
        s_bar_1 = s_bar + unbroadcast(x_1_bar * x_1, s)
        s_bar_1_dot = s_bar_dot + unbroadcast(x_1_bar_dot * x_1 + x_1_bar * x_1_dot, s)
        if t3[i]:
            s_1, s_1_dot = tape.pop()
            t2 = 1 - s_1 ** 2
            s_bar = s_bar_1 * t2
            s_bar_dot = s_bar_1_dot * t2 - s_bar_1 * (s_1_dot * 2 * s_1)
        else:
            s_bar, s_bar_dot = s_bar_1, s_bar_1_dot
        x_1_bar, x_1_bar_dot = x_1_bar_1, x_1_bar_1_dot
    x_bar_dot = unbroadcast(x_1_bar_dot, x)
    return x_bar_dot, s_bar_dot
