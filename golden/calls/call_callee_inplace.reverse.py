# s2s show ../../tests/cases/calls.py::call_callee_inplace --wrt 0
def call_callee_inplace_grad(x):
    t1 = np.shape(x)[0]
    y = np.zeros(t1)
    r = range(t1)
    t4, t5 = rows_for(r), rows_for(r)
    for i in r:
        t2 = i + 1
        t3 = x[i] * t2
        y[i] = t3
        t4.append(t2)
        t5.append(t3)
    y_bar = 2.0 * y
    x_bar = zeros_like(x)
    for i in reversed(r):
        t3_bar = unbroadcast(np.copy(y_bar[i]), t5[i])
        y_bar[i] = 0.0
        x_bar = add_into(x_bar, i, unbroadcast(t3_bar * t4[i], x[i]))
    return x_bar
