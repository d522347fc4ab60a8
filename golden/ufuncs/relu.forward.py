# s2s show ../../tests/cases/ufuncs.py::relu --mode forward --wrt 0,1
def relu_jvp(x, y, x_dot, y_dot):
    t1 = np.maximum(x, 0.0)
    t2 = np.where(x == 0.0, x_dot / 2, np.where(x > 0.0, x_dot, 0.0)) * y + t1 * y_dot
    return np.sum(t1 * y), np.sum(t2)
