# s2s show ../../tests/cases/methods.py::shape_for_sizes --mode forward --wrt 0
def shape_for_sizes_jvp(x, x_dot):
    t1 = np.shape(x)
    n, m = t1
    t2 = n * m
    t3 = n - 1
    t4 = t1[1]
    t5 = np.sum(x) / t2 + np.sum(x[t3]) * t4 + np.size(x) * 0.5
    return t5 + np.ndim(x), np.sum(x_dot) / t2 + np.sum(x_dot[t3]) * t4
