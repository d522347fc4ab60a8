# s2s show tests/cases/arith.py::powers --wrt 0
def powers_grad(x):
    t1 = 2.0 ** x
    t2 = x ** 3 + x ** 0.5 + t1 + x ** (-1.5)
    t2_bar = unreduce(1.0, t2)
    x_bar = t2_bar * -1.5 * x ** (-2.5)
    x_bar = x_bar + t2_bar * t1 * np.log(2.0)
    x_bar = x_bar + t2_bar * 0.5 * x ** (-0.5)
    x_bar = x_bar + t2_bar * 3 * x ** 2
    return np.sum(t2), x_bar
