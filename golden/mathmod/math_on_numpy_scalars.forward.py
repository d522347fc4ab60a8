# s2s show ../../tests/cases/mathmod.py::math_on_numpy_scalars --mode forward --wrt 0
def math_on_numpy_scalars_jvp(x, x_dot):
    t1 = math.sqrt(np.sum(x * x))
    t2 = math.exp(np.mean(x))
    t3 = np.sum(x_dot * x + x * x_dot) / (2 * t1) + np.mean(x_dot) * t2
    return t1 + t2, t3
