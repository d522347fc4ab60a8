# s2s show ../../tests/cases/control.py::for_over_array --mode hvp --wrt 0
def for_over_array_hvp(x, x_dot):
    acc = np.zeros(4)
    r = range(len(x))
    t1 = rowwise(np.tanh, x)
    t2 = rowwise(np.power, t1, 2)
    t3 = rowwise(np.subtract, 1, t2, rows=1, overwrite=True)
    acc_dot, t6 = np.zeros_like(acc), rows_for(r)
    for i in r:
        row_dot = x_dot[i]
        t7 = row_dot * t3[i]
        acc = acc + t1[i]
        acc_dot = acc_dot + t7
        t6.append(t7)
    acc_bar = 2.0 * acc
    acc_bar_dot = 2.0 * acc_dot
    t4 = rowwise(np.multiply, stack_rows(t6), 2, overwrite=True)
    t5 = rowwise(np.multiply, acc_bar_dot, t3, rows=1)
    x_bar_dot = zeros_like(x)
    for i1 in reversed(r):
        row = x[i1]
        row_bar_dot = t5[i1] - acc_bar * (t4[i1] * t1[i1])
        x_bar_dot = add_into(x_bar_dot, i1, unbroadcast(row_bar_dot, row))
    return x_bar_dot
