# s2s show ../../tests/cases/ufuncs.py::power_function --mode forward --wrt 0,1
def power_function_jvp(x, y, x_dot, y_dot):
    t1 = np.power(2.0, x)
    t3 = y_dot * 1.5 * y ** 0.5 + x_dot * t1 * np.log(2.0)
    t2 = np.power(y, x)
    t2_dot = y_dot * x * y ** np.where(x == 0, 0, x - 1) + x_dot * t2 * np.log(np.where(y == 0, 1, y))
    return np.sum(np.power(y, 1.5) + t1 + t2), np.sum(t3 + t2_dot)
