# s2s show ../../tests/cases/dtypes.py::f32_elementwise --wrt 0,1 --backend jax
def f32_elementwise_grad(x, y):
    t1 = jnp.tanh(x)
    t2 = jnp.exp(0.1 * x)
    t3 = broadcast_like(1.0, t1 * y + t2)
    x_bar = t3 * t2 * 0.1
    y_bar = t3 * t1
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t3 * y * (1 - t1 ** 2), x)
    y_bar = unbroadcast(y_bar, y)
    return x_bar, y_bar
