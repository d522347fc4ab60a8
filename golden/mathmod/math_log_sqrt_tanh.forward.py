# s2s show ../../tests/cases/mathmod.py::math_log_sqrt_tanh --mode forward --wrt 0,1
def math_log_sqrt_tanh_jvp(a, b, a_dot, b_dot):
    t1 = math.sqrt(b)
    t2 = math.tanh(a)
    t3 = b_dot / (2 * t1) * t2 + t1 * (a_dot * (1 - t2 ** 2))
    return math.log(a) + t1 * t2, a_dot / a + t3
