# s2s show ../../tests/cases/mathmod.py::math_sin_cos_exp --mode forward --wrt 0,1
def math_sin_cos_exp_jvp(a, b, a_dot, b_dot):
    t1 = math.sin(a)
    t2 = math.cos(b)
    t4 = a_dot * math.cos(a) * t2 - t1 * (b_dot * math.sin(b))
    t3 = math.exp(a * b)
    return t1 * t2 + t3, t4 + (a_dot * b + a * b_dot) * t3
