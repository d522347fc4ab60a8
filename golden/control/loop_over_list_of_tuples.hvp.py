# s2s show ../../tests/cases/control.py::loop_over_list_of_tuples --mode hvp --wrt 0,1
def loop_over_list_of_tuples_hvp(x, y, x_dot, y_dot):
    t1 = [(x, 1.0), (y, -2.0), (x * y, 0.5)]
    t1_dot = [(x_dot, 0.0), (y_dot, 0.0), (x_dot * y + x * y_dot, 0.0)]
    r = range(len(t1))
    c_all = rows_for(r)
    v_all = rows_for(r)
    c_dot_all = rows_for(r)
    v_dot_all = rows_for(r)
    acc, t9, t10 = 0.0, rows_for(r), rows_for(r)
    for i in r:
        v, c = t1[i]
        v_dot, c_dot = t1_dot[i]
        t2 = np.sum(np.sin(v))
        acc = acc + c * t2
        t9.append(t2)
        c_all.append(c)
        v_all.append(v)
        t10.append(np.sum(v_dot * np.cos(v)))
        c_dot_all.append(c_dot)
        v_dot_all.append(v_dot)
    v_all_rows = stack_rows(v_all)
    t4 = rowwise(np.cos, v_all_rows)
    t5 = rowwise(np.sin, v_all_rows)
    t1_bar, t3 = zeros_like(t1), zeros_like(t1)
    for i1 in reversed(r):
        c = c_all[i1]
        c_dot = c_dot_all[i1]
        v_dot = v_dot_all[i1]
        t6 = unbroadcast(c, acc)
        t7 = t4[i1]
        v_bar = t6 * t7
        v_bar_dot = unbroadcast(c_dot, acc) * t7 - t6 * (v_dot * t5[i1])
        t8 = t1[i1][1]
        t1_bar = add_into(t1_bar, i1, (v_bar, unbroadcast(t9[i1], t8)))
        t3 = add_into(t3, i1, (v_bar_dot, unbroadcast(t10[i1], t8)))
    t11 = t1_bar[2][0]
    t11_dot = t3[2][0]
    x_bar_dot = t11_dot * y + t11 * y_dot
    y_bar_dot = t11_dot * x + t11 * x_dot
    y_bar_dot = unbroadcast(y_bar_dot, y) + t3[1][0]
    x_bar_dot = unbroadcast(x_bar_dot, x) + t3[0][0]
    return x_bar_dot, y_bar_dot
