# s2s show ../../tests/cases/mathmod.py::math_atan_hyperbolic_tan --mode hvp --wrt 0,1
def math_atan_hyperbolic_tan_hvp(a, b, a_dot, b_dot):
    t1 = 1 + a ** 2
    t2 = math.tan(0.3 * a)
    a_bar_dot = 0.3 * a_dot * (1 + t2 ** 2) * 2 * t2 * 0.3
    a_bar_dot = a_bar_dot - a_dot * math.cosh(a)
    a_bar_dot = a_bar_dot + -(a_dot * 2 * a / t1) / t1
    return a_bar_dot, b_dot * math.sinh(b)
