# s2s show tests/cases/mathmod.py::math_sin_cos_exp --wrt 0,1
def math_sin_cos_exp_grad(a, b):
    t1 = math.sin(a)
    t2 = math.cos(b)
    t3 = math.exp(a * b)
    a_bar = t3 * b
    b_bar = t3 * a
    b_bar = b_bar - t1 * math.sin(b)
    a_bar = a_bar + t2 * math.cos(a)
    return t1 * t2 + t3, a_bar, b_bar
