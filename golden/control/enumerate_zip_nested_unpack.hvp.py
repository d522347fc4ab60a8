# s2s show tests/cases/control.py::enumerate_zip_nested_unpack --mode hvp --wrt 0,1
def enumerate_zip_nested_unpack_hvp(x, y, x_dot, y_dot):
    tape = []
    r = range(min(len(x), len(y)))
    for i in r:
        t1 = x[i]
        t1_dot = x_dot[i]
        t2 = y[i]
        t2_dot = y_dot[i]
        t3 = i + 1.0
        t5 = np.exp(t2)
        tape.append((t1, t2, t3, t3 * t1, t5, t1_dot, t2_dot, t3 * t1_dot, t2_dot * t5))
    x_bar_dot, y_bar_dot = zeros_like(x), zeros_like(y)
    for i1 in reversed(r):
        t1, t2, t3, t4, t5, t1_dot, t2_dot, t4_dot, t5_dot = tape.pop()
        y_bar_dot = add_into(y_bar_dot, i1, unbroadcast(t4_dot * t5 + t4 * t5_dot, t2))
        x_bar_dot = add_into(x_bar_dot, i1, unbroadcast(t5_dot * t3, t1))
    return x_bar_dot, y_bar_dot
