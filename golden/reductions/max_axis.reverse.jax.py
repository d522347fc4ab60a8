# s2s show ../../tests/cases/reductions.py::max_axis --wrt 0 --backend jax
def max_axis_grad(x):
    t1 = jnp.max(x, axis=1)
    x_bar = unreduce_extremum(-1.0, x, jnp.min(x, axis=0), axis=0)
    x_bar = x_bar + unreduce_extremum(2.0 * t1, x, t1, axis=1)
    return x_bar
