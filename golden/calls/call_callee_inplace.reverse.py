# s2s show tests/cases/calls.py::call_callee_inplace --wrt 0
def call_callee_inplace_grad(x):
    tape = []
    t1 = np.shape(x)[0]
    y = np.zeros(t1)
    r = range(t1)
    for i in r:
        t2 = x[i]
        t3 = i + 1
        t4 = t2 * t3
        y[i] = t4
        tape.append((t2, t3, t4))
    y_bar = 2.0 * y
    x_bar = zeros_like(x)
    for i in reversed(r):
        t2, t3, t4 = tape.pop()
        t4_bar = unbroadcast(np.copy(y_bar[i]), t4)
        y_bar[i] = 0.0
        x_bar = add_into(x_bar, i, unbroadcast(t4_bar * t3, t2))
    return np.sum(y ** 2), x_bar
