# s2s show ../../tests/cases/control.py::early_return_nested --mode hvp --wrt 0
def early_return_nested_hvp(x, limit, x_dot):
    s = np.sum(x)
    s_dot = np.sum(x_dot)
    t1 = s > 1.0
    if t1:
        t2 = s > limit
        if not t2:
            t = np.sum(x * x)
            t_dot = np.sum(x_dot * x + x * x_dot)
            t3 = t > limit
    if t1:
        if t2:
            s_bar_dot, x_bar_dot = 0.0, zeros_like(x)
        else:
            if t3:
                s, s_bar_dot, s_dot = 1.0, np.zeros_like(s), 0.0
            else:
                s_bar_dot = t_dot
            x_bar_dot = s_dot * x + s * x_dot
            x_bar_dot = x_bar_dot + x_bar_dot
    else:
        s_bar_dot, x_bar_dot = 0.0, zeros_like(x)
    x_bar_dot = x_bar_dot + s_bar_dot
    return x_bar_dot
