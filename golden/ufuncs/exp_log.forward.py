# s2s show ../../tests/cases/ufuncs.py::exp_log --mode forward --wrt 0,1
def exp_log_jvp(x, y, x_dot, y_dot):
    t1 = np.exp(x)
    t2 = np.log(y)
    return np.sum(t1 * t2), np.sum(x_dot * t1 * t2 + t1 * (y_dot / y))
