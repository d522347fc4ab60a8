# s2s show tests/cases/reductions.py::mean_keepdims_center --wrt 0
def mean_keepdims_center_grad(x):
    t1 = np.mean(x, axis=1, keepdims=True)
    xc = x - t1
    t2 = xc ** 2
    xc_bar = 2 / np.size(t2) * xc
    t3 = broadcast_like(unbroadcast(-xc_bar, t1) / (np.size(x) / np.size(t1)), x)
    x_bar = unbroadcast(xc_bar, x) + t3
    return np.mean(t2), x_bar
