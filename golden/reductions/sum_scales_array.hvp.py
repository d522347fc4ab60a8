# s2s show tests/cases/reductions.py::sum_scales_array --mode hvp --wrt 0
def sum_scales_array_hvp(x, x_dot):
    s = np.sum(x)
    s_dot = np.sum(x_dot)
    t1 = s > 0
    if t1:
        t3, t2 = x ** 2 * s, x_dot * 2 * x
    else:
        t4 = np.exp(x)
        t5, t4_dot = t4 * s, x_dot * t4
    if t1:
        t6 = broadcast_like(1.0, t3)
        s_bar_dot = t6 * t2
        x_bar_dot = t6 * s_dot * 2 * x + t6 * s * 2 * x_dot
    else:
        t7 = broadcast_like(1.0, t5)
        s_bar_dot = t7 * t4_dot
        x_bar_dot = t7 * s_dot * t4 + t7 * s * t4_dot
    x_bar_dot = unbroadcast(x_bar_dot, x) + broadcast_like(unbroadcast(s_bar_dot, s), x)
    return x_bar_dot
