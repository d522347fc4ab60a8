# s2s show ../../tests/cases/mathmod.py::math_constants --wrt 0
def math_constants_grad(a):
    a_bar = math.e + unbroadcast(math.cos(math.pi * a) * math.pi, a)
    return a_bar
