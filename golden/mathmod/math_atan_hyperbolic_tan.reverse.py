# s2s show ../../tests/cases/mathmod.py::math_atan_hyperbolic_tan --wrt 0,1
def math_atan_hyperbolic_tan_grad(a, b):
    a_bar = (1 + math.tan(0.3 * a) ** 2) * 0.3
    a_bar = a_bar - math.sinh(a)
    a_bar = a_bar + 1.0 / (1 + a ** 2)
    return a_bar, math.cosh(b)
