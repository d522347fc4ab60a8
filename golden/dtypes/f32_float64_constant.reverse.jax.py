# s2s show tests/cases/dtypes.py::f32_float64_constant --wrt 0 --backend jax
def f32_float64_constant_grad(x):
    t1 = np.float64(2.0)
    t2 = x * t1
    x_bar = broadcast_like(1.0, t2) * t1
    x_bar = unbroadcast(x_bar, x)
    return jnp.sum(t2), x_bar
