# s2s show ../../tests/cases/control.py::list_concat_accumulate --wrt 0
def list_concat_accumulate_grad(x):
    out = []
    r = range(3)
    out_all = rows_for(r)
    t3 = rows_for(r)
    for i in r:
        t1 = i + 1.0
        out_1 = out + [x[i] * t1]
        t3.append(t1)
        out_all.append(out)
        out = out_1
    out_bar = zeros_like(out)
    out_bar = add_into(out_bar, 1, 1.0)
    out_bar = add_into(out_bar, 0, out[-1])
    out_bar = add_into(out_bar, -1, out[0])
    x_bar = zeros_like(x)
    for i in reversed(r):
        out = out_all[i]
        t2 = len(out)
        out_bar_1 = out_bar[:t2]
        x_bar = add_into(x_bar, i, unbroadcast(out_bar[t2:][0] * t3[i], x[i]))
        out_bar = out_bar_1
    return x_bar
