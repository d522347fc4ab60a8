# s2s show ../../tests/cases/control.py::enumerate_zip_nested_unpack --mode hvp --wrt 0,1
def enumerate_zip_nested_unpack_hvp(x, y, x_dot, y_dot):
    r = range(min(len(x), len(y)))
    t4, t5, t6, t7, t8 = rows_for(r), rows_for(r), rows_for(r), rows_for(r), rows_for(r)
    for i in r:
        t1 = i + 1.0
        t2 = np.exp(y[i])
        t4.append(t1)
        t5.append(t1 * x[i])
        t6.append(t2)
        t7.append(t1 * x_dot[i])
        t8.append(y_dot[i] * t2)
    x_bar_dot, y_bar_dot = zeros_like(x), zeros_like(y)
    for i1 in reversed(r):
        t9 = t8[i1]
        t3 = unbroadcast(t7[i1] * t6[i1] + t5[i1] * t9, y[i1])
        y_bar_dot = add_into(y_bar_dot, i1, t3)
        x_bar_dot = add_into(x_bar_dot, i1, unbroadcast(t9 * t4[i1], x[i1]))
    return x_bar_dot, y_bar_dot
