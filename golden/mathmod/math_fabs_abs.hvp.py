# s2s show tests/cases/mathmod.py::math_fabs_abs --mode hvp --wrt 0
def math_fabs_abs_hvp(a, b, a_dot):
    t1 = a - 2.0
    if t1:
        t2 = math.copysign(1.0, t1)
        t3 = zeros_like(t2)
    else:
        t2, t3 = 0.0, 0.0
    a_bar = abs(b) + b * t2
    return broadcast_like(b * t3, a_bar)
