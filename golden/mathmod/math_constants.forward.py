# s2s show ../../tests/cases/mathmod.py::math_constants --mode forward --wrt 0
def math_constants_jvp(a, a_dot):
    t1 = math.pi * a
    return math.sin(t1) + math.e * a, math.pi * a_dot * math.cos(t1) + math.e * a_dot
