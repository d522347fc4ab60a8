# s2s show ../../tests/cases/control.py::reversed_range --wrt 0
def reversed_range_grad(x):
    t1 = range(5)
    n = len(t1)
    r = range(n)
    t2 = n - 1
    i_all = rows_for(r)
    t1_all = rows_for(r)
    for i1 in r:
        i = t1[t2 - i1]
        t1_all.append(x[i])
        i_all.append(i)
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for i2 in reversed(r):
        t3 = t1_all[i2]
        i = i_all[i2]
        x_bar = add_into(x_bar, i, unbroadcast(acc_bar * 2 * t3, t3))
        acc_bar = acc_bar * 0.5
    return x_bar
