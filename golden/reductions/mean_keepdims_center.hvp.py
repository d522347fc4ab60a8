# s2s show tests/cases/reductions.py::mean_keepdims_center --mode hvp --wrt 0
def mean_keepdims_center_hvp(x, x_dot):
    t1 = np.mean(x, axis=1, keepdims=True)
    xc = x - t1
    xc_dot = x_dot - np.mean(x_dot, axis=1, keepdims=True)
    xc_bar_dot = 2 / np.size(xc) * xc_dot
    t2 = broadcast_like(unbroadcast(-xc_bar_dot, t1) / (np.size(x) / np.size(t1)), x)
    x_bar_dot = unbroadcast(xc_bar_dot, x) + t2
    return x_bar_dot
