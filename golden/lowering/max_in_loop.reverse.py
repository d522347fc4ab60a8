# s2s show ../../tests/cases/lowering.py::max_in_loop --mode reverse --wrt 0,1
def max_in_loop_grad(x, s):
    r = range(4)
    t1 = np.sin(x)
    a_all = rows_for(r)
    ss = rows_for(r, s)
    s_1 = s
    for _ in r:
        a = t1 * s_1
        s_1 = np.max(a)
        a_all.append(a)
        ss.append(s_1)
    s_1_bar, t2 = 1.0, rows_for(r, reverse=True)
    for i in reversed(r):
        a = a_all[i]
        s_1 = ss[i]
        s_2 = ss[i + 1]
        a_bar = unreduce_extremum(s_1_bar, a, s_2)
        s_1_bar = a_bar * t1
        t2.append(a_bar * s_1)
    x_bar = unbroadcast_sum(stack_rows(t2), t1) * np.cos(x)
    s_bar = unbroadcast(s_1_bar, s)
    return x_bar, s_bar
