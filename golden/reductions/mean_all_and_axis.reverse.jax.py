# s2s show tests/cases/reductions.py::mean_all_and_axis --wrt 0 --backend jax
def mean_all_and_axis_grad(x):
    t1 = jnp.mean(x, axis=0)
    t2 = jnp.size(x)
    x_bar = unreduce(2.0 * t1, x, axis=0) * (jnp.size(t1) / t2)
    x_bar = x_bar + 1.0 / t2
    return jnp.mean(x) + jnp.sum(t1 ** 2), x_bar
