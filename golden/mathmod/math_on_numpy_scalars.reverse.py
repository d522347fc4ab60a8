# s2s show tests/cases/mathmod.py::math_on_numpy_scalars --wrt 0
def math_on_numpy_scalars_grad(x):
    t1 = x * x
    t2 = math.sqrt(np.sum(t1))
    t3 = np.mean(x)
    t4 = math.exp(t3)
    x_bar = unreduce(t4, x) * (np.size(t3) / np.size(x))
    t5 = unreduce(1.0 / (2 * t2), t1) * x
    x_bar = x_bar + t5
    x_bar = x_bar + t5
    return t2 + t4, x_bar
