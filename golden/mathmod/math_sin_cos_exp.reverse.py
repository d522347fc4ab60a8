# s2s show ../../tests/cases/mathmod.py::math_sin_cos_exp --wrt 0,1
def math_sin_cos_exp_grad(a, b):
    t1 = math.exp(a * b)
    a_bar = t1 * b
    b_bar = t1 * a
    b_bar = unbroadcast(b_bar, b) - math.sin(a) * math.sin(b)
    a_bar = unbroadcast(a_bar, a) + math.cos(b) * math.cos(a)
    return a_bar, b_bar
