# s2s show ../../tests/cases/mathmod.py::math_pow --wrt 0,1
def math_pow_grad(a, b):
    t1 = math.pow(a, b)
    t2 = a ** b
    a_bar = b * a ** (b - 1)
    b_bar = t2 * np.log(a)
    a_bar = a_bar + a_bar
    b_bar = b_bar + t1 * math.log(a)
    return t1 + t2, a_bar, b_bar
