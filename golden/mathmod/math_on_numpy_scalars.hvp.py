# s2s show tests/cases/mathmod.py::math_on_numpy_scalars --mode hvp --wrt 0
def math_on_numpy_scalars_hvp(x, x_dot):
    t1 = x * x
    t2 = 2 * math.sqrt(np.sum(t1))
    t3 = np.mean(x)
    x_bar_dot = unreduce(np.mean(x_dot) * math.exp(t3), x) * (np.size(t3) / np.size(x))
    t4 = unreduce(-(2 * (np.sum(x_dot * x + x * x_dot) / t2) / t2) / t2, t1) * x + unreduce(1.0 / t2, t1) * x_dot
    x_bar_dot = x_bar_dot + t4
    x_bar_dot = x_bar_dot + t4
    return x_bar_dot
