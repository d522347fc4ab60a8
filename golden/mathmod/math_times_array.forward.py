# s2s show ../../tests/cases/mathmod.py::math_times_array --mode forward --wrt 0,1
def math_times_array_jvp(s, x, s_dot, x_dot):
    t1 = math.exp(s)
    t2 = np.sum(x_dot * t1 + x * (s_dot * t1)) - s_dot * math.sin(s)
    return np.sum(x * t1) + math.cos(s), t2
