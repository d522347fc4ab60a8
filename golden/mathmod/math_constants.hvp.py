# s2s show ../../tests/cases/mathmod.py::math_constants --mode hvp --wrt 0
def math_constants_hvp(a, a_dot):
    t1 = math.pi * a
    a_bar = math.e + unbroadcast(math.cos(t1) * math.pi, a)
    t2 = broadcast_like(-unbroadcast(math.pi * (math.pi * a_dot * math.sin(t1)), a), a_bar)
    return t2
