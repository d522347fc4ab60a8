# s2s show ../../tests/cases/mathmod.py::math_log_sqrt_tanh --mode hvp --wrt 0,1
def math_log_sqrt_tanh_hvp(a, b, a_dot, b_dot):
    t1 = math.sqrt(b)
    t2 = 2 * t1
    t1_dot = b_dot / t2
    t3 = math.tanh(a)
    t4 = 1 - t3 ** 2
    t3_dot = a_dot * t4
    a_bar_dot = t1_dot * t4 - t1 * (t3_dot * 2 * t3)
    b_bar = t3 / t2
    b_bar_dot = (t3_dot - b_bar * (2 * t1_dot)) / t2
    a_bar_dot = a_bar_dot + -(a_dot / a) / a
    return a_bar_dot, b_bar_dot
