# s2s show ../../tests/cases/shapes.py::squeeze --mode forward --wrt 0,1
def squeeze_jvp(x, w, x_dot, w_dot):
    t1 = np.squeeze(x, axis=1)
    t2 = np.squeeze(x)
    t3 = np.sum(np.squeeze(x_dot, axis=1) * w + t1 * w_dot) + np.sum(np.squeeze(x_dot) * 2 * t2)
    return np.sum(t1 * w) + np.sum(t2 ** 2), t3
