# s2s show ../../tests/cases/arith.py::power_array_exponent --wrt 0,1
def power_array_exponent_grad(x, p):
    x_bar = p * x ** np.where(p == 0, 0, p - 1)
    p_bar = x ** p * np.log(np.where(x == 0, 1, x))
    x_bar = unbroadcast(x_bar, x)
    p_bar = unbroadcast(p_bar, p)
    return x_bar, p_bar
