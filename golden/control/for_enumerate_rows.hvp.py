# s2s show ../../tests/cases/control.py::for_enumerate_rows --mode hvp --wrt 0
def for_enumerate_rows_hvp(x, x_dot):
    r = range(len(x))
    t1 = rowwise(np.power, x, 2)
    acc, t2 = 0.0, rows_for(r)
    for i in r:
        t3 = i + 1
        acc = acc + t3 * np.sum(t1[i])
        t2.append(t3)
    x_bar_dot = zeros_like(x)
    for i1 in reversed(r):
        x_bar_dot = add_into(x_bar_dot, i1, unbroadcast(t2[i1], acc) * 2 * x_dot[i1])
    return x_bar_dot
