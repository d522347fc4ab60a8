# s2s show ../../tests/cases/arith.py::powers_at_zero_and_negative --mode forward --wrt -1
def powers_at_zero_and_negative_jvp(x, y, y_dot):
    t1 = x ** 2
    t2 = np.power(x, 4)
    t3 = t1 * y + x ** 3 + t2 * y
    return np.sum(t3), np.sum(broadcast_like(t1 * y_dot + t2 * y_dot, t3))
