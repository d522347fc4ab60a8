# s2s show ../../tests/cases/mathmod.py::math_fabs_abs --mode forward --wrt 0,1
def math_fabs_abs_jvp(a, b, a_dot, b_dot):
    t1 = a - 2.0
    t2 = math.fabs(t1)
    if t1:
        t3 = math.copysign(1.0, t1)
    else:
        t3 = 0.0
    t4 = abs(b)
    t5 = a_dot * t3 * b + t2 * b_dot + (b_dot * np.sign(b) * a + t4 * a_dot)
    return t2 * b + t4 * a, t5
