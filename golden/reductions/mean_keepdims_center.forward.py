# s2s show ../../tests/cases/reductions.py::mean_keepdims_center --mode forward --wrt 0
def mean_keepdims_center_jvp(x, x_dot):
    xc = x - np.mean(x, axis=1, keepdims=True)
    xc_dot = x_dot - np.mean(x_dot, axis=1, keepdims=True)
    return np.mean(xc ** 2), np.mean(xc_dot * 2 * xc)
