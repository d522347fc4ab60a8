# s2s show ../../tests/cases/mathmod.py::math_on_numpy_scalars --mode hvp --wrt 0
def math_on_numpy_scalars_hvp(x, x_dot):
    t1 = 2 * math.sqrt(np.sum(x * x))
    x_bar_dot = np.mean(x_dot) * math.exp(np.mean(x)) / np.size(x)
    t2 = x / t1 * (2 * (np.sum(x_dot * x + x * x_dot) / t1))
    t3 = (x_dot - t2) / t1
    x_bar_dot = x_bar_dot + t3
    x_bar_dot = x_bar_dot + t3
    return x_bar_dot
