# s2s show ../../tests/cases/arith.py::broadcast_both --mode forward --wrt 0,1
def broadcast_both_jvp(a, b, a_dot, b_dot):
    t1 = a - b
    t2 = t1 ** 2
    t3 = np.sum((a_dot - b_dot) * 2 * t1 * a + t2 * a_dot)
    return np.sum(t2 * a), t3
