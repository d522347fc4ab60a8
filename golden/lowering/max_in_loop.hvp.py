# s2s show ../../tests/cases/lowering.py::max_in_loop --mode hvp --wrt 0,1
def max_in_loop_hvp(x, s, x_dot, s_dot):
    r = range(4)
    t1 = np.sin(x)
    t2 = np.cos(x)
    t1_dot = x_dot * t2
    a_all = rows_for(r)
    s_dot_all = rows_for(r)
    ss = rows_for(r, s)
    s_1 = s
    for _ in r:
        a = t1 * s_1
        a_dot = t1_dot * s_1 + t1 * s_dot
        s_1 = np.max(a)
        s_1_dot = np.sum(a_dot * unreduce_extremum(1.0, a, s_1))
        a_all.append(a)
        ss.append(s_1)
        s_dot_all.append(s_dot)
        s_dot = s_1_dot
    s_1_bar, s_1_bar_dot, t3, t4 = 1.0, 0.0, rows_for(r, reverse=True), rows_for(r, reverse=True)
    for i in reversed(r):
        a = a_all[i]
        s_1 = ss[i]
        s_2 = ss[i + 1]
        s_1_dot = s_dot_all[i]
        a_bar = unreduce_extremum(s_1_bar, a, s_2)
        a_bar_dot = unreduce_extremum(s_1_bar_dot, a, s_2)
        s_1_bar = a_bar * t1
        s_1_bar_dot = a_bar_dot * t1 + a_bar * t1_dot
        t3.append(a_bar * s_1)
        t4.append(a_bar_dot * s_1 + a_bar * s_1_dot)
    x_bar_dot = unbroadcast_sum(stack_rows(t4), t1) * t2 - unbroadcast_sum(stack_rows(t3), t1) * (x_dot * t1)
    s_bar_dot = unbroadcast(s_1_bar_dot, s)
    return x_bar_dot, s_bar_dot
