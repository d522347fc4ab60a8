# s2s show ../../tests/cases/control.py::list_concat_accumulate --mode hvp --wrt 0
def list_concat_accumulate_hvp(x, x_dot):
    out = []
    r = range(3)
    out_all = rows_for(r)
    out_dot, t3 = zeros_like(out), rows_for(r)
    for i in r:
        t1 = i + 1.0
        out_1 = out + [x[i] * t1]
        out_dot = out_dot + [x_dot[i] * t1]
        t3.append(t1)
        out_all.append(out)
        out = out_1
    out_bar_dot = zeros_like(out)
    out_bar_dot = add_into(out_bar_dot, 0, out_dot[-1])
    out_bar_dot = add_into(out_bar_dot, -1, out_dot[0])
    x_bar_dot = zeros_like(x)
    for i in reversed(r):
        out = out_all[i]
        t2 = len(out)
        out_bar_dot_1 = out_bar_dot[:t2]
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(out_bar_dot[t2:][0] * t3[i], x[i]))
        out_bar_dot = out_bar_dot_1
    return x_bar_dot
