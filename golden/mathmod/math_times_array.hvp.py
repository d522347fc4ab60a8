# s2s show ../../tests/cases/mathmod.py::math_times_array --mode hvp --wrt 0,1
def math_times_array_hvp(s, x, s_dot, x_dot):
    t1 = math.exp(s)
    t1_dot = s_dot * t1
    s_bar_dot = unbroadcast(x_dot * t1 + x * t1_dot, s) - s_dot * math.cos(s)
    x_bar_dot = broadcast_like(t1_dot, x)
    return s_bar_dot, x_bar_dot
