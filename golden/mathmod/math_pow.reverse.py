# s2s show ../../tests/cases/mathmod.py::math_pow --wrt 0,1
def math_pow_grad(a, b):
    a_bar = b * a ** (b - 1)
    b_bar = a ** b * np.log(a)
    a_bar = a_bar + a_bar
    b_bar = b_bar + math.pow(a, b) * math.log(a)
    return a_bar, b_bar
