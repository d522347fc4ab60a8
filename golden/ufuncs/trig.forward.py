# s2s show ../../tests/cases/ufuncs.py::trig --mode forward --wrt 0
def trig_jvp(x, x_dot):
    t1 = np.sin(x)
    t2 = np.cos(x)
    t3 = np.tan(0.3 * x)
    t4 = x_dot * t2 * t2 - t1 * (x_dot * t1) + 0.3 * x_dot * (1 + t3 ** 2)
    return np.sum(t1 * t2 + t3), np.sum(t4)
