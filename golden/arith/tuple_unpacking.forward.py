# s2s show ../../tests/cases/arith.py::tuple_unpacking --mode forward --wrt 0,1
def tuple_unpacking_jvp(x, y, x_dot, y_dot):
    a = x * 2.0
    a_dot = x_dot * 2.0
    b = y + 1.0
    t1 = b * a
    t1_dot = y_dot * a + b * a_dot
    t2 = b - a
    t3 = t1 * t2
    t4 = (t1_dot * t2 + t1 * (y_dot - a_dot)) * x + t3 * x_dot
    return np.sum(t1 + t3 * x), np.sum(t1_dot + t4)
