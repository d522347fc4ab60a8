# s2s show ../../tests/cases/ufuncs.py::only_nondiff_path --mode forward --wrt 0
def only_nondiff_path_jvp(x, x_dot):
    t1 = np.sum(np.floor(3.0 * x)) + np.sum(np.sign(x)) * 2.0
    t2 = t1 + 1.0
    return t2, np.zeros_like(t2)
