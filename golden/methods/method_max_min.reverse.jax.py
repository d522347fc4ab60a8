# s2s show ../../tests/cases/methods.py::method_max_min --wrt 0 --backend jax
def method_max_min_grad(x):
    t1 = jnp.min(x)
    t2 = jnp.max(x)
    x_bar = unreduce_extremum(t1, x, t2)
    x_bar = x_bar + unreduce_extremum(t2, x, t1)
    x_bar = x_bar + unreduce_extremum(1.0, x, jnp.max(x, axis=1), axis=1)
    return x_bar
