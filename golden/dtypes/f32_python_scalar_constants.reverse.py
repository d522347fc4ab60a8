# s2s show tests/cases/dtypes.py::f32_python_scalar_constants --wrt 0
def f32_python_scalar_constants_grad(x):
    t1 = 1.0 + x * x
    t2 = 2.5 * x ** 2 + 1.0 / t1
    t3 = np.mean(t2)
    t2_bar = unreduce(1.0, t2) * (np.size(t3) / np.size(t2))
    x_bar = -t2_bar / t1 / t1 * x
    x_bar = x_bar + x_bar
    x_bar = x_bar + t2_bar * 2.5 * 2 * x
    return t3, x_bar
