# s2s show ../../tests/cases/control.py::for_over_list_literal --wrt 0
def for_over_list_literal_grad(x):
    t1 = [1.0, -2.0, 0.5]
    r = range(len(t1))
    acc, t1_all = 0.0, rows_for(r)
    for i in r:
        c = t1[i]
        t2 = c * x
        acc = acc + c * np.sum(np.sin(t2))
        t1_all.append(t2)
    t3 = rowwise(np.cos, stack_rows(t1_all), overwrite=True)
    t4 = rows_for(r, reverse=True, into=t3)
    for i1 in reversed(r):
        c = t1[i1]
        t4.append(unbroadcast(c, acc) * t3[i1] * c)
    x_bar = unbroadcast_sum(stack_rows(t4), x)
    return x_bar
