# s2s show ../../tests/cases/control.py::for_over_list_param --wrt 0
def for_over_list_param_grad(xs):
    r = range(len(xs))
    acc_all = rows_for(r)
    acc, t1 = 1.0, rows_for(r)
    for i in r:
        v = xs[i]
        t2 = np.sum(v * v)
        acc_1 = acc * t2 + 1.0
        t1.append(t2)
        acc_all.append(acc)
        acc = acc_1
    xs_bar = zeros_like(xs)
    acc_bar = 1.0
    for i1 in reversed(r):
        acc = acc_all[i1]
        v = xs[i1]
        acc_bar_1 = acc_bar * t1[i1]
        v_bar = acc_bar * acc * v
        v_bar = v_bar + v_bar
        xs_bar = add_into(xs_bar, i1, v_bar)
        acc_bar = acc_bar_1
    return xs_bar
