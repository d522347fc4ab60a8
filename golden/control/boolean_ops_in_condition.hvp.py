# s2s show tests/cases/control.py::boolean_ops_in_condition --mode hvp --wrt 0,1
def boolean_ops_in_condition_hvp(x, s, x_dot, s_dot):
    t1 = np.sum(x)
    t2 = t1 > 0
    if t2:
        t3 = s > 0
    else:
        t3 = t2
    if t3:
        t4 = x * s
    else:
        t5 = not s > 0
        if not t5:
            t5 = np.max(x) < -5.0
        if t5:
            t6 = np.sum(x ** 2)
    if t3:
        t7 = broadcast_like(1.0, t4)
        x_bar = t7 * s
        x_bar_dot = t7 * s_dot
        s_bar_dot = t7 * x_dot
        t1_bar = np.zeros_like(t1)
    elif t5:
        t8 = unbroadcast(1.0, t6) * 2
        x_bar = t8 * x
        x_bar_dot = t8 * x_dot
        t9 = unbroadcast(s_dot, s)
        s_bar_dot = t9 + t9
        t1_bar = np.zeros_like(t1)
    else:
        x_bar = zeros_like(x)
        t1_bar, s_bar_dot, x_bar_dot = 3.0, zeros_like(s), zeros_like(x)
    x_bar = unbroadcast(x_bar, x) + broadcast_like(t1_bar, x)
    s_bar_dot = unbroadcast(s_bar_dot, s)
    return broadcast_like(unbroadcast(x_bar_dot, x), x_bar), s_bar_dot
