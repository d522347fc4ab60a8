# s2s show tests/cases/calls.py::call_callee_inplace --mode hvp --wrt 0
def call_callee_inplace_hvp(x, x_dot):
    tape = []
    t1 = np.shape(x)[0]
    y = np.zeros(t1)
    r = range(t1)
    y_dot = np.zeros_like(y)
    for i in r:
        t2 = x[i]
        t2_dot = x_dot[i]
        t3 = i + 1
        t4_dot = t2_dot * t3
        y_dot[i] = t4_dot
        tape.append((t2, t3, t2 * t3, t2_dot, t4_dot))
    y_bar_dot = 2.0 * y_dot
    x_bar_dot = zeros_like(x)
    for i in reversed(r):
        t2, t3, t4, t2_dot, t4_dot = tape.pop()
        t5 = unbroadcast(np.copy(y_bar_dot[i]), t4)
        y_bar_dot[i] = 0.0
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(t5 * t3, t2))
    return x_bar_dot
