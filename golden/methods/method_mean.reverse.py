# s2s show tests/cases/methods.py::method_mean --wrt 0
def method_mean_grad(x):
    t1 = np.mean(x)
    t2 = np.mean(x, axis=1, keepdims=True)
    t3 = t2 * x
    t3_bar = unreduce(1.0, t3)
    x_bar = t3_bar * t2
    t4 = np.size(x)
    x_bar = unbroadcast(x_bar, x) + unreduce(t3_bar * x, x, axis=1, keepdims=True) * (np.size(t2) / t4)
    x_bar = x_bar + unreduce(1.0, x) * (np.size(t1) / t4)
    return t1 + np.sum(t3), x_bar
