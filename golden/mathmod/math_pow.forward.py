# s2s show ../../tests/cases/mathmod.py::math_pow --mode forward --wrt 0,1
def math_pow_jvp(a, b, a_dot, b_dot):
    t1 = math.pow(a, b)
    t2 = a_dot * b * a ** (b - 1)
    t3 = a ** b
    t4 = t2 + b_dot * t1 * math.log(a) + (t2 + b_dot * t3 * np.log(a))
    return t1 + t3, t4
