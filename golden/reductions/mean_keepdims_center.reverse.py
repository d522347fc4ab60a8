# s2s show ../../tests/cases/reductions.py::mean_keepdims_center --wrt 0
def mean_keepdims_center_grad(x):
    t1 = np.mean(x, axis=1, keepdims=True)
    xc = x - t1
    t2 = np.size(x)
    xc_bar = 2 / t2 * xc
    x_bar = xc_bar + -unbroadcast(xc_bar, t1) / (t2 / np.size(t1))
    return x_bar
