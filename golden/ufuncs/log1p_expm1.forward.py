# s2s show ../../tests/cases/ufuncs.py::log1p_expm1 --mode forward --wrt 0,1
def log1p_expm1_jvp(x, y, x_dot, y_dot):
    t1 = np.log1p(y)
    t2 = np.expm1(x)
    t3 = y_dot / (1 + y) * t2 + t1 * (x_dot * (t2 + 1))
    return np.sum(t1 * t2), np.sum(t3)
