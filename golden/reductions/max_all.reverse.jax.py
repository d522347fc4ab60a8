# s2s show tests/cases/reductions.py::max_all --wrt 0 --backend jax
def max_all_grad(x):
    t1 = jnp.max(x)
    t2 = jnp.min(x)
    x_bar = unreduce_extremum(1.0, x, t2)
    x_bar = x_bar + unreduce_extremum(2.0, x, t1)
    return t1 * 2.0 + t2, x_bar
