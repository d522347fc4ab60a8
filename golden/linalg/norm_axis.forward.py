# s2s show tests/cases/linalg.py::norm_axis --mode forward --wrt 0
def norm_axis_jvp(x, x_dot):
    t1 = np.linalg.norm(x, axis=1)
    return np.sum(t1), np.sum(np.sum(x * x_dot, axis=1) / t1)
