# s2s show tests/cases/methods.py::method_mean --wrt 0 --backend jax
def method_mean_grad(x):
    t1 = jnp.mean(x, axis=1, keepdims=True)
    t2 = t1 * x
    t3 = broadcast_like(1.0, t2)
    x_bar = t3 * t1
    t4 = jnp.size(x)
    x_bar = unbroadcast(x_bar, x) + unreduce(t3 * x, x, axis=1, keepdims=True) * (jnp.size(t1) / t4)
    x_bar = x_bar + 1.0 / t4
    return jnp.mean(x) + jnp.sum(t2), x_bar
