# s2s show tests/cases/methods.py::builtin_abs_on_array --wrt 0
def builtin_abs_on_array_grad(x):
    t1 = abs(x)
    t2 = t1 * x
    t3 = -x ** 2
    x_bar = -unreduce(1.0, t3) * 2 * x
    t2_bar = unreduce(1.0, t2)
    x_bar = x_bar + t2_bar * t1
    x_bar = x_bar + t2_bar * x * np.sign(x)
    return np.sum(t2) + np.sum(t3), x_bar
