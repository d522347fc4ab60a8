# s2s show tests/cases/reductions.py::mean_axis_tuple --wrt 0 --backend jax
def mean_axis_tuple_grad(x):
    t1 = 0, 2
    t2 = jnp.mean(x, axis=t1)
    t3 = x ** 2
    t4 = 1, 2
    t5 = jnp.mean(t3, axis=t4, keepdims=True)
    x_bar = unreduce(1.0, t3, axis=t4, keepdims=True) * (jnp.size(t5) / jnp.size(t3)) * 2 * x
    x_bar = x_bar + unreduce(2.0 * t2, x, axis=t1) * (jnp.size(t2) / jnp.size(x))
    return jnp.sum(t2 ** 2) + jnp.sum(t5), x_bar
