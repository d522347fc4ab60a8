# s2s show ../../tests/cases/control.py::for_over_list_literal --mode hvp --wrt 0
def for_over_list_literal_hvp(x, x_dot):
    t1 = [1.0, -2.0, 0.5]
    r = range(len(t1))
    acc, t1_all, t5 = 0.0, rows_for(r), rows_for(r)
    for i in r:
        c = t1[i]
        t2 = c * x
        acc = acc + c * np.sum(np.sin(t2))
        t1_all.append(t2)
        t5.append(c * x_dot)
    t3 = rowwise(np.sin, stack_rows(t1_all), overwrite=True)
    x_bar_dot = zeros_like(x)
    for i1 in reversed(r):
        c = t1[i1]
        t4 = unbroadcast(c * (unbroadcast(c, acc) * (t5[i1] * t3[i1])), x)
        x_bar_dot = x_bar_dot - t4
    return x_bar_dot
