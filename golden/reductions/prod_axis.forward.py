# s2s show ../../tests/cases/reductions.py::prod_axis --mode forward --wrt 0
def prod_axis_jvp(x, x_dot):
    t1 = np.prod(x, axis=1, keepdims=True)
    t2 = np.sum(np.sum(x_dot * unprod(1.0, x, axis=1, keepdims=True), axis=1, keepdims=True) * x + t1 * x_dot)
    return np.sum(np.prod(x, axis=0)) + np.sum(t1 * x), np.sum(np.sum(x_dot * unprod(1.0, x, axis=0), axis=0)) + t2
