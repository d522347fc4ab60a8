# s2s show tests/cases/control.py::early_return_nested --wrt 0
def early_return_nested_grad(x, limit):
    s = np.sum(x)
    t1 = s > 1.0
    if t1:
        t2 = s > limit
        if t2:
            result = s * 2.0
        else:
            t = np.sum(x * x)
            t3 = t > limit
            if t3:
                result = t
            else:
                result = s * t
    else:
        result = -s
    if t1:
        if t2:
            x_bar = zeros_like(x)
            s_bar = 2.0
        else:
            if t3:
                s_bar = np.zeros_like(s)
                t_bar = 1.0
            else:
                s_bar, t_bar = t, s
            x_bar = unbroadcast(t_bar, t) * x
            x_bar = x_bar + x_bar
    else:
        x_bar = zeros_like(x)
        s_bar = -1.0
    x_bar = x_bar + unbroadcast(s_bar, s)
    return result, x_bar
