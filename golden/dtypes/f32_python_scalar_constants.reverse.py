# s2s show ../../tests/cases/dtypes.py::f32_python_scalar_constants --wrt 0
def f32_python_scalar_constants_grad(x):
    t1 = 1.0 + x * x
    t2 = np.size(x)
    x_bar = -(1.0 / t1 / t2) / t1 * x
    x_bar = x_bar + x_bar
    x_bar = x_bar + 2.5 / t2 * 2 * x
    return x_bar
