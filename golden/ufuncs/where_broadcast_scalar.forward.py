# s2s show ../../tests/cases/ufuncs.py::where_broadcast_scalar --mode forward --wrt 0,1
def where_broadcast_scalar_jvp(x, y, x_dot, y_dot):
    t1 = x > 0.2
    t2 = x < 0
    t3 = np.where(t1, y, 0.0) + np.where(t2, 1.0, x ** 2)
    t4 = np.sum(broadcast_like(np.where(t1, y_dot, 0.0) + np.where(t2, 0.0, x_dot * 2 * x), t3))
    return np.sum(t3), t4
