# s2s show ../../tests/cases/mathmod.py::math_constants --mode hvp --wrt 0
def math_constants_hvp(a, a_dot):
    t1 = -unbroadcast(math.pi * (math.pi * a_dot * math.sin(math.pi * a)), a)
    return t1
