# s2s show tests/cases/reductions.py::prod_axis --wrt 0
def prod_axis_grad(x):
    t1 = np.prod(x, axis=0)
    t2 = np.prod(x, axis=1, keepdims=True)
    t3 = t2 * x
    t3_bar = unreduce(1.0, t3)
    x_bar = t3_bar * t2
    x_bar = unbroadcast(x_bar, x) + unprod(t3_bar * x, x, axis=1, keepdims=True)
    x_bar = x_bar + unprod(unreduce(1.0, t1), x, axis=0)
    return np.sum(t1) + np.sum(t3), x_bar
