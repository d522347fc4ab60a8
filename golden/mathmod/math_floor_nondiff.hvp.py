# s2s show ../../tests/cases/mathmod.py::math_floor_nondiff --mode hvp --wrt 0,1
def math_floor_nondiff_hvp(a, b, a_dot, b_dot):
    return zeros_like(math.floor(b * 3.0)), zeros_like(b)
