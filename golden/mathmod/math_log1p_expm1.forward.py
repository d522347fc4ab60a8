# s2s show ../../tests/cases/mathmod.py::math_log1p_expm1 --mode forward --wrt 0,1
def math_log1p_expm1_jvp(a, b, a_dot, b_dot):
    t1 = math.log1p(a)
    t2 = math.expm1(b)
    t3 = a_dot / (1 + a) * t2 + t1 * (b_dot * (t2 + 1))
    return t1 * t2, t3
