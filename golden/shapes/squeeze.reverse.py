# s2s show tests/cases/shapes.py::squeeze --wrt 0,1
def squeeze_grad(x, w):
    t1 = np.squeeze(x, axis=1)
    t2 = t1 * w
    t3 = np.squeeze(x)
    t4 = t3 ** 2
    x_bar = reshape_like(unreduce(1.0, t4) * 2 * t3, x)
    t2_bar = unreduce(1.0, t2)
    w_bar = t2_bar * t1
    x_bar = x_bar + reshape_like(unbroadcast(t2_bar * w, t1), x)
    w_bar = unbroadcast(w_bar, w)
    return np.sum(t2) + np.sum(t4), x_bar, w_bar
