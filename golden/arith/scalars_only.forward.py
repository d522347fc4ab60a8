# s2s show ../../tests/cases/arith.py::scalars_only --mode forward --wrt 0,1
def scalars_only_jvp(a, b, a_dot, b_dot):
    t1 = a / b
    t4 = a_dot * b + a * b_dot + (a_dot - t1 * b_dot) / b
    t2 = a * a
    t3 = a * b + t1 - b ** 3 - a + 3.0 - t2 * b
    t3_dot = t4 - b_dot * 3 * b ** 2 - a_dot - ((a_dot * a + a * a_dot) * b + t2 * b_dot)
    return t3, t3_dot
