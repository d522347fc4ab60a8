# s2s show tests/cases/methods.py::method_mean --mode hvp --wrt 0
def method_mean_hvp(x, x_dot):
    t1 = np.mean(x, axis=1, keepdims=True)
    t2 = broadcast_like(1.0, t1 * x)
    x_bar = t2 * t1
    x_bar_dot = t2 * np.mean(x_dot, axis=1, keepdims=True)
    t3 = np.size(x)
    t4 = np.size(t1) / t3
    x_bar = unbroadcast(x_bar, x) + unreduce(t2 * x, x, axis=1, keepdims=True) * t4
    x_bar_dot = unbroadcast(x_bar_dot, x) + unreduce(t2 * x_dot, x, axis=1, keepdims=True) * t4
    x_bar = x_bar + 1.0 / t3
    return broadcast_like(x_bar_dot, x_bar)
