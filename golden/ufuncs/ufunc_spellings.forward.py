# s2s show ../../tests/cases/ufuncs.py::ufunc_spellings --mode forward --wrt 0,1
def ufunc_spellings_jvp(x, y, x_dot, y_dot):
    t1 = np.subtract(y, -3.0)
    t2 = np.divide(x, t1)
    t3 = x_dot * y + x * y_dot + (x_dot - t2 * y_dot) / t1
    return np.sum(np.add(np.multiply(x, y), t2) + np.negative(x)), np.sum(t3 - x_dot)
