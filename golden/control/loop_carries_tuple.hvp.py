# s2s show ../../tests/cases/control.py::loop_carries_tuple --mode hvp --wrt 0,1
def loop_carries_tuple_hvp(x, y, x_dot, y_dot):
    r = range(4)
    b_all = rows_for(r)
    b_dot_all = rows_for(r)
    a_seq = rows_for(r, x)
    a_dots = rows_for(r, x_dot)
    a, b, a_dot, b_dot = x, y, x_dot, y_dot
    for _ in r:
        a_1 = np.tanh(a * b)
        a_1_dot = (a_dot * b + a * b_dot) * (1 - a_1 ** 2)
        b_1 = a + 0.5 * b
        b_1_dot = a_dot + 0.5 * b_dot
        a_seq.append(a_1)
        b_all.append(b)
        a_dots.append(a_1_dot)
        b_dot_all.append(b_dot)
        a, b, a_dot, b_dot = a_1, b_1, a_1_dot, b_1_dot
    a_bar = broadcast_like(1.0, a + b)
    a_seq_rows = stack_rows(a_seq)
    t1 = rowwise(np.power, a_seq_rows[1:], 2)
    a_dots_rows = stack_rows(a_dots)
    t2 = rowwise(np.multiply, a_dots_rows[1:], 2)
    t3 = rowwise(np.subtract, 1, t1, rows=1, overwrite=True)
    b_bar, a_bar_dot, b_bar_dot = a_bar, zeros_like(a_bar), zeros_like(a_bar)
    for _ in reversed(r):
        a = a_seq[_]
        a_1 = a_seq[_ + 1]
        b = b_all[_]
        a_dot = a_dots[_]
        b_dot = b_dot_all[_]
        b_bar_1 = b_bar * 0.5
        b_bar_1_dot = b_bar_dot * 0.5
        t4 = t3[_]
        t5 = a_bar * t4
        t5_dot = a_bar_dot * t4 - a_bar * (t2[_] * a_1)
        a_bar = unbroadcast(b_bar, a) + unbroadcast(t5 * b, a)
        a_bar_dot = unbroadcast(b_bar_dot, a) + unbroadcast(t5_dot * b + t5 * b_dot, a)
        b_bar = unbroadcast(b_bar_1, b) + unbroadcast(t5 * a, b)
        b_bar_dot = unbroadcast(b_bar_1_dot, b) + unbroadcast(t5_dot * a + t5 * a_dot, b)
    x_bar_dot = unbroadcast(a_bar_dot, x)
    y_bar_dot = unbroadcast(b_bar_dot, y)
    return x_bar_dot, y_bar_dot
