# s2s show ../../tests/cases/shapes.py::reshape --mode forward --wrt 0,1
def reshape_jvp(x, w, x_dot, w_dot):
    t1 = 4, 3
    t2 = np.reshape(x, t1)
    return np.sum(t2 * w), np.sum(np.reshape(x_dot, t1) * w + t2 * w_dot)
