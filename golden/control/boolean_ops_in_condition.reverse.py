# s2s show tests/cases/control.py::boolean_ops_in_condition --wrt 0,1
def boolean_ops_in_condition_grad(x, s):
    t1 = np.sum(x)
    t2 = t1 > 0
    if t2:
        t3 = s > 0
    else:
        t3 = t2
    if t3:
        t4 = x * s
        result = np.sum(t4)
    else:
        t5 = not s > 0
        if not t5:
            t5 = np.max(x) < -5.0
        if t5:
            t6 = np.sum(x ** 2)
            result = s * s + t6
        else:
            result = t1 * 3.0
    if t3:
        t7 = broadcast_like(1.0, t4)
        x_bar = t7 * s
        s_bar = t7 * x
        t1_bar = np.zeros_like(t1)
    elif t5:
        x_bar = unbroadcast(1.0, t6) * 2 * x
        t8 = unbroadcast(s, s)
        s_bar = t8 + t8
        t1_bar = np.zeros_like(t1)
    else:
        s_bar = zeros_like(s)
        x_bar = zeros_like(x)
        t1_bar = 3.0
    x_bar = unbroadcast(x_bar, x) + broadcast_like(t1_bar, x)
    s_bar = unbroadcast(s_bar, s)
    return result, x_bar, s_bar
