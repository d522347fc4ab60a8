# s2s show tests/cases/control.py::list_concat_accumulate --wrt 0
def list_concat_accumulate_grad(x):
    out = []
    r = range(3)
    out_all = rows_for(r)
    t6 = rows_for(r)
    for i in r:
        t1 = i + 1.0
        out_1 = out + [x[i] * t1]
        t6.append(t1)
        out_all.append(out)
        out = out_1
    t2 = out[-1]
    t3 = out[0]
    t4 = t2 * t3 + out[1]
    out_bar = zeros_like(out)
    out_bar = add_into(out_bar, 1, 1.0)
    out_bar = add_into(out_bar, 0, t2)
    out_bar = add_into(out_bar, -1, t3)
    x_bar = zeros_like(x)
    for i in reversed(r):
        out = out_all[i]
        t5 = len(out)
        out_bar_1 = out_bar[:t5]
        x_bar = add_into(x_bar, i, unbroadcast(out_bar[t5:][0] * t6[i], x[i]))
        out_bar = out_bar_1
    return t4, x_bar
