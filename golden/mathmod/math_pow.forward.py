# s2s show ../../tests/cases/mathmod.py::math_pow --mode forward --wrt 0,1
def math_pow_jvp(a, b, a_dot, b_dot):
    t1 = math.pow(a, b)
    t2 = a_dot * b * a ** np.where(b == 0, 0, b - 1)
    t3 = np.log(np.where(a == 0, 1, a))
    t4 = a ** b
    t5 = t2 + b_dot * t1 * t3 + (t2 + b_dot * t4 * t3)
    return t1 + t4, t5
