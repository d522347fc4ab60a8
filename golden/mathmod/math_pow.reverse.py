# s2s show tests/cases/mathmod.py::math_pow --wrt 0,1
def math_pow_grad(a, b):
    t1 = math.pow(a, b)
    t2 = a ** b
    a_bar = b * a ** np.where(b == 0, 0, b - 1)
    t3 = np.log(np.where(a == 0, 1, a))
    b_bar = t2 * t3
    a_bar = a_bar + a_bar
    b_bar = b_bar + t1 * t3
    return t1 + t2, a_bar, b_bar
