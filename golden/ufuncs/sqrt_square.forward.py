# s2s show ../../tests/cases/ufuncs.py::sqrt_square --mode forward --wrt 0,1
def sqrt_square_jvp(x, y, x_dot, y_dot):
    t1 = np.sqrt(y)
    t2 = np.square(x)
    t3 = np.sqrt(y + x * x)
    t4 = t2 * ((y_dot + (x_dot * x + x * x_dot)) / (2 * t3))
    t5 = y_dot / (2 * t1) + (x_dot * (2 * x) * t3 + t4)
    return np.sum(t1 + t2 * t3), np.sum(t5)
