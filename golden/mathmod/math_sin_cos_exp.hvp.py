# s2s show ../../tests/cases/mathmod.py::math_sin_cos_exp --mode hvp --wrt 0,1
def math_sin_cos_exp_hvp(a, b, a_dot, b_dot):
    t1 = math.sin(a)
    t2 = math.cos(a)
    t3 = math.cos(b)
    t4 = math.sin(b)
    t5 = math.exp(a * b)
    t5_dot = (a_dot * b + a * b_dot) * t5
    a_bar_dot = t5_dot * b + t5 * b_dot
    b_bar_dot = t5_dot * a + t5 * a_dot
    b_bar_dot = unbroadcast(b_bar_dot, b) - (a_dot * t2 * t4 + t1 * (b_dot * t3))
    a_bar_dot = unbroadcast(a_bar_dot, a) + (-(t2 * (b_dot * t4)) - t3 * (a_dot * t1))
    return a_bar_dot, b_bar_dot
