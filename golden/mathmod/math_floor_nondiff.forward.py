# s2s show ../../tests/cases/mathmod.py::math_floor_nondiff --mode forward --wrt 0,1
def math_floor_nondiff_jvp(a, b, a_dot, b_dot):
    t1 = math.floor(b * 3.0)
    return a * t1 + math.floor(a), a_dot * t1
