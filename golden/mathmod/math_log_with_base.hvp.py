# s2s show ../../tests/cases/mathmod.py::math_log_with_base --mode hvp --wrt 0,1
def math_log_with_base_hvp(a, b, a_dot, b_dot):
    t1 = math.log(2.0)
    t2 = a * t1
    t3 = math.log(10)
    t4 = b * t3
    b_bar_dot = -(b_dot * t3 / t4) / t4
    b_bar_dot = b_bar_dot + a_dot / t2
    a_bar = b / t2
    a_bar_dot = (b_dot - a_bar * (a_dot * t1)) / t2
    return a_bar_dot, b_bar_dot
