# s2s show ../../tests/cases/mathmod.py::math_fabs_abs --wrt 0,1
def math_fabs_abs_grad(a, b):
    t1 = a - 2.0
    t2 = math.fabs(t1)
    t3 = abs(b)
    b_bar = a * np.sign(b)
    b_bar = b_bar + t2
    if t1:
        t4 = math.copysign(1.0, t1)
    else:
        t4 = 0.0
    a_bar = t3 + b * t4
    return t2 * b + t3 * a, a_bar, b_bar
