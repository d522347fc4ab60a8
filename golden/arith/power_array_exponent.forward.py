# s2s show ../../tests/cases/arith.py::power_array_exponent --mode forward --wrt 0,1
def power_array_exponent_jvp(x, p, x_dot, p_dot):
    t1 = x ** p
    t1_dot = x_dot * p * x ** np.where(p == 0, 0, p - 1) + p_dot * t1 * np.log(np.where(x == 0, 1, x))
    return np.sum(t1), np.sum(t1_dot)
