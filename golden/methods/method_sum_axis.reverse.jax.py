# s2s show ../../tests/cases/methods.py::method_sum_axis --wrt 0 --backend jax
def method_sum_axis_grad(x):
    x_bar = 1.0 + jnp.expand_dims(2.0 * jnp.sum(x, axis=0), 0)
    x_bar = broadcast_like(x_bar, x)
    return x_bar
