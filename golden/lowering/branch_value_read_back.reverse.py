# s2s show ../../tests/cases/lowering.py::branch_value_read_back --mode reverse --wrt 0,1
def branch_value_read_back_grad(x, s):
    tape = []
    r = range(3)
    s_all = rows_for(r)
    x_all = rows_for(r)
    x_1, t2 = x, rows_for(r)
    for _ in r:
        t1 = np.sum(x_1) < 0.5
        if t1:
            s_1 = np.tanh(s)
            tape.append(s_1)
            s = s_1
        x_2 = x_1 * s
        t2.append(t1)
        s_all.append(s)
        x_all.append(x_1)
        x_1 = x_2
    s_bar = zeros_like(s)
    x_1_bar = broadcast_like(1.0, x_1)
    for i in reversed(r):
        s_1 = s_all[i]
        x_1 = x_all[i]
        x_1_bar_1 = x_1_bar * s_1
        s_bar_1 = s_bar + unbroadcast(x_1_bar * x_1, s)
        if t2[i]:
            s_1 = tape.pop()
            s_bar = s_bar_1 * (1 - s_1 ** 2)
        else:
            s_bar = s_bar_1
        x_1_bar = x_1_bar_1
    x_bar = unbroadcast(x_1_bar, x)
    return x_bar, s_bar
