# s2s show ../../tests/cases/reductions.py::mean_all_and_axis --wrt 0 --backend jax
def mean_all_and_axis_grad(x):
    t1 = jnp.mean(x, axis=0)
    t2 = jnp.size(x)
    x_bar = jnp.expand_dims(2.0 * t1, 0) / (t2 / jnp.size(t1))
    x_bar = x_bar + 1.0 / t2
    x_bar = broadcast_like(x_bar, x)
    return x_bar
