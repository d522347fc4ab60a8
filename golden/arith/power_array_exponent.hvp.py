# s2s show ../../tests/cases/arith.py::power_array_exponent --mode hvp --wrt 0,1
def power_array_exponent_hvp(x, p, x_dot, p_dot):
    t1 = x ** p
    t2 = p == 0
    t3 = np.where(t2, 0, p - 1)
    t4 = x ** t3
    t5 = x == 0
    t6 = np.where(t5, 1, x)
    t7 = np.log(t6)
    t8 = x_dot * t3 * x ** np.where(t3 == 0, 0, t3 - 1) + np.where(t2, 0.0, p_dot) * t4 * t7
    x_bar = p * t4
    x_bar_dot = p_dot * t4 + p * t8
    p_bar = t1 * t7
    p_bar_dot = (x_dot * p * t4 + p_dot * t1 * t7) * t7 + t1 * (np.where(t5, 0.0, x_dot) / t6)
    x_bar_dot = unbroadcast(broadcast_like(x_bar_dot, x_bar), x)
    p_bar_dot = unbroadcast(broadcast_like(p_bar_dot, p_bar), p)
    return x_bar_dot, p_bar_dot
