# s2s show tests/cases/methods.py::method_squeeze --mode hvp --wrt 0
def method_squeeze_hvp(x, x_dot):
    t1 = np.squeeze(x)
    x_bar = reshape_like(unreduce(1.0, np.squeeze(x, axis=1)), x)
    t2 = unreduce(1.0, t1 ** 2) * 2
    x_bar = x_bar + reshape_like(t2 * t1, x)
    return broadcast_like(reshape_like(t2 * np.squeeze(x_dot), x), x_bar)
