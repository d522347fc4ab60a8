# s2s show ../../tests/cases/calls.py::call_callee_inplace --mode hvp --wrt 0
def call_callee_inplace_hvp(x, x_dot):
    t1 = np.shape(x)[0]
    y = np.zeros(t1)
    r = range(t1)
    y_dot, t4, t5 = np.zeros_like(y), rows_for(r), rows_for(r)
    for i in r:
        t2 = i + 1
        y_dot[i] = x_dot[i] * t2
        t4.append(t2)
        t5.append(x[i] * t2)
    y_bar_dot = 2.0 * y_dot
    x_bar_dot = zeros_like(x)
    for i in reversed(r):
        t3 = unbroadcast(np.copy(y_bar_dot[i]), t5[i])
        y_bar_dot[i] = 0.0
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(t3 * t4[i], x[i]))
    return x_bar_dot
