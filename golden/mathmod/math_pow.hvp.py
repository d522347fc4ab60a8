# s2s show ../../tests/cases/mathmod.py::math_pow --mode hvp --wrt 0,1
def math_pow_hvp(a, b, a_dot, b_dot):
    t1 = math.pow(a, b)
    t2 = b - 1
    t3 = a ** t2
    t4 = a_dot * b * t3
    t5 = math.log(a)
    t6 = a ** b
    t7 = np.log(a)
    t8 = b_dot * t3
    t9 = b * (a_dot * t2 * a ** (t2 - 1) + t8 * t7)
    a_bar_dot = t8 + t9
    t10 = a_dot / a
    b_bar_dot = (t4 + b_dot * t6 * t7) * t7 + t6 * t10
    a_bar_dot = a_bar_dot + a_bar_dot
    b_bar_dot = b_bar_dot + ((t4 + b_dot * t1 * t5) * t5 + t1 * t10)
    return a_bar_dot, b_bar_dot
