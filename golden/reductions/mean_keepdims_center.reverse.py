# s2s show tests/cases/reductions.py::mean_keepdims_center --wrt 0
def mean_keepdims_center_grad(x):
    t1 = np.mean(x, axis=1, keepdims=True)
    xc = x - t1
    t2 = xc ** 2
    xc_bar = 2 / np.size(t2) * xc
    x_bar = unbroadcast(xc_bar, x) + unreduce(-xc_bar, x, axis=1, keepdims=True) * (np.size(t1) / np.size(x))
    return np.mean(t2), x_bar
