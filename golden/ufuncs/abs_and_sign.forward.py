# s2s show ../../tests/cases/ufuncs.py::abs_and_sign --mode forward --wrt 0,1
def abs_and_sign_jvp(x, y, x_dot, y_dot):
    t1 = np.absolute(x)
    t2 = np.sign(x)
    t3 = t2 * y
    t4 = x_dot * t2 * y + t1 * y_dot + (t2 * y_dot * y + t3 * y_dot)
    return np.sum(t1 * y + t3 * y), np.sum(t4)
