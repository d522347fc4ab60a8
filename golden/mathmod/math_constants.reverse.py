# s2s show ../../tests/cases/mathmod.py::math_constants --wrt 0
def math_constants_grad(a):
    t1 = math.pi * a
    a_bar = math.e + unbroadcast(math.cos(t1) * math.pi, a)
    return math.sin(t1) + math.e * a, a_bar
