# s2s show ../../tests/cases/reductions.py::sum_scales_array --mode reverse --wrt 0
def sum_scales_array_grad(x):
    s = np.sum(x)
    t1 = s > 0
    if t1:
        t2 = x ** 2
    else:
        t3 = np.exp(x)
    if t1:
        x_bar = s * 2 * x
        s_bar = unbroadcast(t2, s)
    else:
        x_bar = s * t3
        s_bar = unbroadcast(t3, s)
    x_bar = x_bar + s_bar
    return x_bar
