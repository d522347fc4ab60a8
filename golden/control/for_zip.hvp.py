# s2s show ../../tests/cases/control.py::for_zip --mode hvp --wrt 0,1
def for_zip_hvp(x, y, x_dot, y_dot):
    r = range(min(len(x), len(y)))
    t1_all = rows_for(r)
    for i in r:
        t1 = x_dot[i] * y[i] + x[i] * y_dot[i]
        t1_all.append(t1)
    x_bar_dot, y_bar_dot = zeros_like(x), zeros_like(y)
    for i1 in reversed(r):
        t2 = x[i1]
        t3 = y[i1]
        t3_dot = y_dot[i1]
        t4 = unbroadcast(t1_all[i1], t3) + unbroadcast(t3_dot * t2 + t3 * x_dot[i1], t3)
        y_bar_dot = add_into(y_bar_dot, i1, t4)
        x_bar_dot = add_into(x_bar_dot, i1, unbroadcast(t3_dot * t3 + t3 * t3_dot, t2))
    return x_bar_dot, y_bar_dot
