# s2s show ../../tests/cases/mathmod.py::math_fabs_abs --mode hvp --wrt 0
def math_fabs_abs_hvp(a, b, a_dot):
    t1 = a - 2.0
    if t1:
        t2 = zeros_like(math.copysign(1.0, t1))
    else:
        t2 = 0.0
    return b * t2
