# s2s show ../../tests/cases/methods.py::method_mean --wrt 0 --backend jax
def method_mean_grad(x):
    t1 = jnp.mean(x, axis=1, keepdims=True)
    t2 = jnp.size(x)
    x_bar = t1 + unbroadcast(x, t1) / (t2 / jnp.size(t1))
    x_bar = x_bar + 1.0 / t2
    x_bar = broadcast_like(x_bar, x)
    return x_bar
