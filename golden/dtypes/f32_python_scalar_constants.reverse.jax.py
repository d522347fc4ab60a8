# s2s show tests/cases/dtypes.py::f32_python_scalar_constants --wrt 0 --backend jax
def f32_python_scalar_constants_grad(x):
    t1 = 1.0 + x * x
    t2 = 1.0 / t1
    t3 = 2.5 * x ** 2 + t2
    t4 = jnp.size(t3)
    x_bar = -(t2 / t4) / t1 * x
    x_bar = x_bar + x_bar
    x_bar = x_bar + 2.5 / t4 * 2 * x
    return jnp.mean(t3), x_bar
