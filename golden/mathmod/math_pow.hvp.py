# s2s show ../../tests/cases/mathmod.py::math_pow --mode hvp --wrt 0,1
def math_pow_hvp(a, b, a_dot, b_dot):
    t1 = math.pow(a, b)
    t2 = b == 0
    t3 = np.where(t2, 0, b - 1)
    t4 = a ** t3
    t5 = a_dot * b * t4
    t6 = a == 0
    t7 = np.where(t6, 1, a)
    t8 = np.log(t7)
    t9 = a ** b
    t10 = a_dot * t3 * a ** np.where(t3 == 0, 0, t3 - 1) + np.where(t2, 0.0, b_dot) * t4 * t8
    a_bar = b * t4
    a_bar_dot = b_dot * t4 + b * t10
    t11 = np.where(t6, 0.0, a_dot) / t7
    b_bar = t9 * t8
    b_bar_dot = (t5 + b_dot * t9 * t8) * t8 + t9 * t11
    a_bar_dot = a_bar_dot + a_bar_dot
    b_bar = b_bar + t1 * t8
    b_bar_dot = b_bar_dot + ((t5 + b_dot * t1 * t8) * t8 + t1 * t11)
    return broadcast_like(a_bar_dot, a_bar), broadcast_like(b_bar_dot, b_bar)
