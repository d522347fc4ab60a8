# s2s show tests/cases/mathmod.py::math_times_array --wrt 0,1
def math_times_array_grad(s, x):
    t1 = math.exp(s)
    t2 = x * t1
    s_bar = -math.sin(s) + unbroadcast(t2, s)
    return np.sum(t2) + math.cos(s), s_bar, t1
