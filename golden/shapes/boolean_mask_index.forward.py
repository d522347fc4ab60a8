# s2s show ../../tests/cases/shapes.py::boolean_mask_index --mode forward --wrt 0
def boolean_mask_index_jvp(x, x_dot):
    t1 = x > 0
    t2 = x[t1]
    t3 = np.absolute(x) < 0.5
    t4 = np.sum(x_dot[t1] * 2 * t2) + np.sum(x_dot[t3])
    return np.sum(t2 ** 2) + np.sum(x[t3]), t4
