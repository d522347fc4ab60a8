# s2s show ../../tests/cases/reductions.py::max_all --wrt 0 --backend jax
def max_all_grad(x):
    x_bar = unreduce_extremum(1.0, x, jnp.min(x))
    x_bar = x_bar + unreduce_extremum(2.0, x, jnp.max(x))
    return x_bar
