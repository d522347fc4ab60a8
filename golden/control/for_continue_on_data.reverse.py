# s2s show tests/cases/control.py::for_continue_on_data --wrt 0
def for_continue_on_data_grad(x):
    r = range(len(x))
    acc, t1 = 0.0, rows_for(r)
    for i in r:
        v = x[i]
        t2 = v < 0
        if not t2:
            acc = acc + v * v
        t1.append(t2)
    x_bar = zeros_like(x)
    acc_bar = 1.0
    for i1 in reversed(r):
        v = x[i1]
        if t1[i1]:
            v_bar = zeros_like(v)
        else:
            v_bar = acc_bar * v
            t3 = unbroadcast(v_bar, v)
            v_bar = t3 + t3
        x_bar = add_into(x_bar, i1, v_bar)
    return acc, x_bar
