# s2s show ../../tests/cases/ufuncs.py::maximum_minimum --mode forward --wrt 0,1
def maximum_minimum_jvp(x, y, x_dot, y_dot):
    t1 = np.maximum(x, y)
    t2 = np.where(x == y, (x_dot + y_dot) / 2, np.where(x > y, x_dot, y_dot)) * x
    t3 = 0.5 * y
    t3_dot = 0.5 * y_dot
    t4 = t2 + t1 * x_dot - np.where(x == t3, (x_dot + t3_dot) / 2, np.where(x < t3, x_dot, t3_dot))
    return np.sum(t1 * x - np.minimum(x, t3)), np.sum(t4)
