# s2s show tests/cases/methods.py::method_squeeze --wrt 0
def method_squeeze_grad(x):
    t1 = np.squeeze(x)
    t2 = t1 ** 2
    t3 = np.squeeze(x, axis=1)
    x_bar = reshape_like(unreduce(1.0, t3), x)
    x_bar = x_bar + reshape_like(unreduce(1.0, t2) * 2 * t1, x)
    return np.sum(t2) + np.sum(t3), x_bar
