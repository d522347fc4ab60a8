# s2s show ../../tests/cases/lowering.py::prod_of_shape --mode forward --wrt 0
def prod_of_shape_jvp(x, x_dot):
    t1 = np.shape(x)
    n = np.prod(t1[1:])
    t2 = t1[0], n
    t3 = np.reshape(x, t2)
    return np.sum(t3 ** 2), np.sum(np.reshape(x_dot, t2) * 2 * t3)
