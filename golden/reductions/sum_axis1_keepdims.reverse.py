# s2s show tests/cases/reductions.py::sum_axis1_keepdims --wrt 0
def sum_axis1_keepdims_grad(x):
    t1 = x * x
    t2 = 1.0 + np.sum(t1, axis=1, keepdims=True)
    t3 = x / t2
    t3_bar = unreduce(1.0, t3)
    x_bar = t3_bar / t2
    t4 = unreduce(-t3_bar * t3 / t2, t1, axis=1, keepdims=True) * x
    x_bar = unbroadcast(x_bar, x) + t4
    x_bar = x_bar + t4
    return np.sum(t3), x_bar
