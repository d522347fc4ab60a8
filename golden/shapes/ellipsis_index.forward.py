# s2s show ../../tests/cases/shapes.py::ellipsis_index --mode forward --wrt 0
def ellipsis_index_jvp(x, x_dot):
    t1 = x[..., 0]
    t2 = x[..., 1]
    t3 = x[0, ...]
    t4 = np.sum(x_dot[..., 0] * t2 + t1 * x_dot[..., 1]) + np.sum(x_dot[0, ...] * 2 * t3)
    return np.sum(t1 * t2) + np.sum(t3 ** 2), t4
