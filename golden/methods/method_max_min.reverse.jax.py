# s2s show tests/cases/methods.py::method_max_min --wrt 0 --backend jax
def method_max_min_grad(x):
    t1 = jnp.max(x, axis=1)
    t2 = jnp.min(x)
    t3 = jnp.max(x)
    x_bar = unreduce_extremum(t2, x, t3)
    x_bar = x_bar + unreduce_extremum(t3, x, t2)
    x_bar = x_bar + unreduce_extremum(1.0, x, t1, axis=1)
    return jnp.sum(t1) + t2 * t3, x_bar
