# s2s show tests/cases/reductions.py::sum_scales_array --mode reverse --wrt 0
def sum_scales_array_grad(x):
    s = np.sum(x)
    t1 = s > 0
    if t1:
        t2 = x ** 2
        t3 = t2 * s
        result = np.sum(t3)
    else:
        t4 = np.exp(x)
        t5 = t4 * s
        result = np.sum(t5)
    if t1:
        t6 = broadcast_like(1.0, t3)
        s_bar = t6 * t2
        x_bar = t6 * s * 2 * x
    else:
        t7 = broadcast_like(1.0, t5)
        s_bar = t7 * t4
        x_bar = t7 * s * t4
    x_bar = unbroadcast(x_bar, x) + broadcast_like(unbroadcast(s_bar, s), x)
    return result, x_bar
