# s2s show ../../tests/cases/ufuncs.py::nondiff_floor_compare --mode forward --wrt 0
def nondiff_floor_compare_jvp(x, x_dot):
    t1 = np.floor(x)
    t2 = x > 0
    t3 = t1 * x + t2 * x + np.round(x) + np.ceil(x)
    return np.sum(t3), np.sum(broadcast_like(t1 * x_dot + t2 * x_dot, t3))
