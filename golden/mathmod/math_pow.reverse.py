# s2s show ../../tests/cases/mathmod.py::math_pow --wrt 0,1
def math_pow_grad(a, b):
    a_bar = b * a ** np.where(b == 0, 0, b - 1)
    t1 = np.log(np.where(a == 0, 1, a))
    b_bar = a ** b * t1
    a_bar = a_bar + a_bar
    b_bar = b_bar + math.pow(a, b) * t1
    return a_bar, b_bar
