# s2s show ../../tests/cases/control.py::loop_carries_tuple --wrt 0,1
def loop_carries_tuple_grad(x, y):
    r = range(4)
    b_all = rows_for(r)
    a_seq = rows_for(r, x)
    a, b = x, y
    for _ in r:
        a_1 = np.tanh(a * b)
        b_1 = a + 0.5 * b
        a_seq.append(a_1)
        b_all.append(b)
        a, b = a_1, b_1
    a_bar = broadcast_like(1.0, a + b)
    a_seq_rows = stack_rows(a_seq)
    t1 = rowwise(np.power, a_seq_rows[1:], 2)
    t2 = rowwise(np.subtract, 1, t1, rows=1, overwrite=True)
    b_bar = a_bar
    for _ in reversed(r):
        a = a_seq[_]
        b = b_all[_]
        b_bar_1 = b_bar * 0.5
        t3 = a_bar * t2[_]
        a_bar = unbroadcast(b_bar, a) + unbroadcast(t3 * b, a)
        b_bar = unbroadcast(b_bar_1, b) + unbroadcast(t3 * a, b)
    x_bar = unbroadcast(a_bar, x)
    y_bar = unbroadcast(b_bar, y)
    return x_bar, y_bar
