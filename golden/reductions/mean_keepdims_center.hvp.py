# s2s show ../../tests/cases/reductions.py::mean_keepdims_center --mode hvp --wrt 0
def mean_keepdims_center_hvp(x, x_dot):
    t1 = np.mean(x, axis=1, keepdims=True)
    xc_dot = x_dot - np.mean(x_dot, axis=1, keepdims=True)
    t2 = np.size(x)
    xc_bar_dot = 2 / t2 * xc_dot
    x_bar_dot = xc_bar_dot + -unbroadcast(xc_bar_dot, t1) / (t2 / np.size(t1))
    return x_bar_dot
