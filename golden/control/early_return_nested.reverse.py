# s2s show ../../tests/cases/control.py::early_return_nested --wrt 0
def early_return_nested_grad(x, limit):
    s = np.sum(x)
    t1 = s > 1.0
    if t1:
        t2 = s > limit
        if not t2:
            t = np.sum(x * x)
            t3 = t > limit
    if t1:
        if t2:
            x_bar = zeros_like(x)
            s_bar = 2.0
        else:
            if t3:
                s_bar = np.zeros_like(s)
                s = 1.0
            else:
                s_bar = t
            x_bar = s * x
            x_bar = x_bar + x_bar
    else:
        x_bar = zeros_like(x)
        s_bar = -1.0
    x_bar = x_bar + s_bar
    return x_bar
