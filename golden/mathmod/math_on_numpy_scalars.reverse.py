# s2s show ../../tests/cases/mathmod.py::math_on_numpy_scalars --wrt 0
def math_on_numpy_scalars_grad(x):
    x_bar = math.exp(np.mean(x)) / np.size(x)
    t1 = x / (2 * math.sqrt(np.sum(x * x)))
    x_bar = x_bar + t1
    x_bar = x_bar + t1
    return x_bar
