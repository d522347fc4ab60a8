# s2s show ../../tests/cases/mathmod.py::math_atan_hyperbolic_tan --mode forward --wrt 0,1
def math_atan_hyperbolic_tan_jvp(a, b, a_dot, b_dot):
    t2 = a_dot / (1 + a ** 2) + b_dot * math.cosh(b) - a_dot * math.sinh(a)
    t1 = math.tan(0.3 * a)
    return math.atan(a) + math.sinh(b) - math.cosh(a) + t1, t2 + 0.3 * a_dot * (1 + t1 ** 2)
