# s2s show ../../tests/cases/control.py::for_over_list_param --mode hvp --wrt 0
def for_over_list_param_hvp(xs, xs_dot):
    r = range(len(xs))
    acc_all = rows_for(r)
    acc_dot_all = rows_for(r)
    acc, acc_dot, t1, t4 = 1.0, 0.0, rows_for(r), rows_for(r)
    for i in r:
        v = xs[i]
        v_dot = xs_dot[i]
        t2 = np.sum(v * v)
        t2_dot = np.sum(v_dot * v + v * v_dot)
        acc_1 = acc * t2 + 1.0
        t1.append(t2)
        acc_all.append(acc)
        t4.append(t2_dot)
        acc_dot_all.append(acc_dot)
        acc, acc_dot = acc_1, acc_dot * t2 + acc * t2_dot
    acc_bar, acc_bar_dot, xs_bar_dot = 1.0, 0.0, zeros_like(xs)
    for i1 in reversed(r):
        t3 = t1[i1]
        acc = acc_all[i1]
        v = xs[i1]
        acc_dot = acc_dot_all[i1]
        v_dot = xs_dot[i1]
        acc_bar_1 = acc_bar * t3
        acc_bar_1_dot = acc_bar_dot * t3 + acc_bar * t4[i1]
        v_bar_dot = (acc_bar_dot * acc + acc_bar * acc_dot) * v + acc_bar * acc * v_dot
        v_bar_dot = v_bar_dot + v_bar_dot
        xs_bar_dot = add_into(xs_bar_dot, i1, v_bar_dot)
        acc_bar, acc_bar_dot = acc_bar_1, acc_bar_1_dot
    return xs_bar_dot
