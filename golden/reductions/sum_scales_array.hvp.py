# s2s show ../../tests/cases/reductions.py::sum_scales_array --mode hvp --wrt 0
def sum_scales_array_hvp(x, x_dot):
    s = np.sum(x)
    s_dot = np.sum(x_dot)
    t1 = s > 0
    if t1:
        t2 = x_dot * 2 * x
    else:
        t3 = np.exp(x)
        t3_dot = x_dot * t3
    if t1:
        x_bar_dot = s_dot * 2 * x + s * 2 * x_dot
        s_bar_dot = unbroadcast(t2, s)
    else:
        x_bar_dot = s_dot * t3 + s * t3_dot
        s_bar_dot = unbroadcast(t3_dot, s)
    x_bar_dot = x_bar_dot + s_bar_dot
    return x_bar_dot
