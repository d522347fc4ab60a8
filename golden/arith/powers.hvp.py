# s2s show ../../tests/cases/arith.py::powers --mode hvp --wrt 0
def powers_hvp(x, x_dot):
    t1 = np.log(2.0)
    x_bar_dot = -1.5 * (x_dot * -2.5 * x ** (-3.5))
    x_bar_dot = x_bar_dot + x_dot * 2.0 ** x * t1 * t1
    x_bar_dot = x_bar_dot + 0.5 * (x_dot * -0.5 * x ** (-1.5))
    x_bar_dot = x_bar_dot + 3.0 * (x_dot * 2 * x)
    return x_bar_dot
