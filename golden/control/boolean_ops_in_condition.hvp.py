# s2s show ../../tests/cases/control.py::boolean_ops_in_condition --mode hvp --wrt 0,1
def boolean_ops_in_condition_hvp(x, s, x_dot, s_dot):
    t1 = np.sum(x)
    t2 = t1 > 0
    if t2:
        t3 = s > 0
    else:
        t3 = t2
    if not t3:
        t4 = not s > 0
        if not t4:
            t4 = np.max(x) < -5.0
    if t3:
        t1_bar, x_bar, s_bar_dot, x_bar_dot = np.zeros_like(t1), broadcast_like(s, x), unbroadcast(x_dot, s), broadcast_like(s_dot, x)
    elif t4:
        x_bar = 2.0 * x
        x_bar_dot = 2.0 * x_dot
        s_bar_dot = s_dot + s_dot
        t1_bar = np.zeros_like(t1)
    else:
        x_bar = zeros_like(x)
        t1_bar, s_bar_dot, x_bar_dot = 3.0, zeros_like(s), zeros_like(x)
    x_bar = x_bar + t1_bar
    return broadcast_like(x_bar_dot, x_bar), s_bar_dot
