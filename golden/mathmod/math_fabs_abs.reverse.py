# s2s show ../../tests/cases/mathmod.py::math_fabs_abs --wrt 0,1
def math_fabs_abs_grad(a, b):
    t1 = a - 2.0
    b_bar = a * np.sign(b)
    b_bar = b_bar + math.fabs(t1)
    if t1:
        t2 = math.copysign(1.0, t1)
    else:
        t2 = 0.0
    a_bar = abs(b) + b * t2
    return a_bar, b_bar
