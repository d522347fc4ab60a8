# s2s show ../../tests/cases/arith.py::power_array_exponent --mode hvp --wrt 0,1
def power_array_exponent_hvp(x, p, x_dot, p_dot):
    t1 = x ** p
    t2 = p - 1
    t3 = x ** t2
    t4 = np.log(x)
    t5 = p_dot * t3
    t6 = p * (x_dot * t2 * x ** (t2 - 1) + t5 * t4)
    x_bar_dot = t5 + t6
    p_bar_dot = (x_dot * p * t3 + p_dot * t1 * t4) * t4 + t1 * (x_dot / x)
    x_bar_dot = unbroadcast(x_bar_dot, x)
    p_bar_dot = unbroadcast(p_bar_dot, p)
    return x_bar_dot, p_bar_dot
