# s2s show tests/cases/mathmod.py::math_times_array --mode hvp --wrt 0,1
def math_times_array_hvp(s, x, s_dot, x_dot):
    t1 = math.exp(s)
    t1_dot = s_dot * t1
    t2 = broadcast_like(1.0, x * t1)
    x_bar_dot = t2 * t1_dot
    s_bar_dot = -(s_dot * math.cos(s)) + unbroadcast(t2 * x_dot * t1 + t2 * x * t1_dot, s)
    x_bar_dot = unbroadcast(x_bar_dot, x)
    return s_bar_dot, x_bar_dot
