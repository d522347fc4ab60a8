# s2s show ../../tests/cases/dtypes.py::f32_float64_constant --wrt 0 --backend jax
def f32_float64_constant_grad(x):
    x_bar = unbroadcast(np.float64(2.0), x)
    return x_bar
