# s2s show ../../tests/cases/control.py::loop_over_list_of_tuples --wrt 0,1
def loop_over_list_of_tuples_grad(x, y):
    t1 = [(x, 1.0), (y, -2.0), (x * y, 0.5)]
    r = range(len(t1))
    c_all = rows_for(r)
    v_all = rows_for(r)
    acc, t4 = 0.0, rows_for(r)
    for i in r:
        v, c = t1[i]
        t2 = np.sum(np.sin(v))
        acc = acc + c * t2
        t4.append(t2)
        c_all.append(c)
        v_all.append(v)
    v_all_rows = stack_rows(v_all)
    t3 = rowwise(np.cos, v_all_rows, overwrite=True)
    t1_bar = zeros_like(t1)
    for i1 in reversed(r):
        c = c_all[i1]
        v_bar = unbroadcast(c, acc) * t3[i1]
        t1_bar = add_into(t1_bar, i1, (v_bar, unbroadcast(t4[i1], t1[i1][1])))
    t5 = t1_bar[2][0]
    x_bar = t5 * y
    y_bar = t5 * x
    y_bar = unbroadcast(y_bar, y) + t1_bar[1][0]
    x_bar = unbroadcast(x_bar, x) + t1_bar[0][0]
    return x_bar, y_bar
