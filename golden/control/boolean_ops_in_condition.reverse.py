# s2s show ../../tests/cases/control.py::boolean_ops_in_condition --wrt 0,1
def boolean_ops_in_condition_grad(x, s):
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
        t1_bar, s_bar, x_bar = np.zeros_like(t1), unbroadcast(x, s), broadcast_like(s, x)
    elif t4:
        x_bar = 2.0 * x
        s_bar = s + s
        t1_bar = np.zeros_like(t1)
    else:
        s_bar = zeros_like(s)
        x_bar = zeros_like(x)
        t1_bar = 3.0
    x_bar = x_bar + t1_bar
    return x_bar, s_bar
