# s2s show ../../tests/cases/control.py::for_continue_on_data --wrt 0
def for_continue_on_data_grad(x):
    r = range(len(x))
    t1 = rows_for(r)
    for i in r:
        v = x[i]
        t1.append(v < 0)
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for i1 in reversed(r):
        v = x[i1]
        if t1[i1]:
            v_bar = zeros_like(v)
        else:
            v_bar = acc_bar * v
            t2 = unbroadcast(v_bar, v)
            v_bar = t2 + t2
        x_bar = add_into(x_bar, i1, v_bar)
    return x_bar
