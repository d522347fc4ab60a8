# s2s show ../../tests/cases/mathmod.py::math_log1p_expm1 --mode hvp --wrt 0,1
def math_log1p_expm1_hvp(a, b, a_dot, b_dot):
    t1 = 1 + a
    t2 = math.expm1(b)
    t3 = t2 + 1
    t2_dot = b_dot * t3
    b_bar_dot = a_dot / t1 * t3 + math.log1p(a) * t2_dot
    a_bar = t2 / t1
    a_bar_dot = (t2_dot - a_bar * a_dot) / t1
    return a_bar_dot, b_bar_dot
