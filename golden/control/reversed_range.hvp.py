# s2s show ../../tests/cases/control.py::reversed_range --mode hvp --wrt 0
def reversed_range_hvp(x, x_dot):
    t1 = range(5)
    n = len(t1)
    r = range(n)
    t2 = n - 1
    i_all = rows_for(r)
    t1_all, t3 = rows_for(r), rows_for(r)
    for i1 in r:
        i = t1[t2 - i1]
        t1_all.append(x[i])
        i_all.append(i)
        t3.append(x_dot[i])
    acc_bar, x_bar_dot = 1.0, zeros_like(x)
    for i2 in reversed(r):
        i = i_all[i2]
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(acc_bar * 2 * t3[i2], t1_all[i2]))
        acc_bar = acc_bar * 0.5
    return x_bar_dot
