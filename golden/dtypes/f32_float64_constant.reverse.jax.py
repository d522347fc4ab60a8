# s2s show tests/cases/dtypes.py::f32_float64_constant --wrt 0 --backend jax
def f32_float64_constant_grad(x):
    t1 = np.float64(2.0)
    x_bar = unbroadcast(t1, x)
    return jnp.sum(x * t1), x_bar
