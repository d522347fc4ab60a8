# s2s show tests/cases/arith.py::powers --mode hvp --wrt 0
def powers_hvp(x, x_dot):
    t1 = 2.0 ** x
    t2 = np.log(2.0)
    t3 = x ** (-1.5)
    t4 = unreduce(1.0, x ** 3 + x ** 0.5 + t1 + t3)
    x_bar_dot = t4 * -1.5 * (x_dot * -2.5 * x ** (-3.5))
    x_bar_dot = x_bar_dot + t4 * (x_dot * t1 * t2) * t2
    x_bar_dot = x_bar_dot + t4 * 0.5 * (x_dot * -0.5 * t3)
    x_bar_dot = x_bar_dot + t4 * 3 * (x_dot * 2 * x)
    return x_bar_dot
