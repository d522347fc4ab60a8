# s2s show tests/cases/reductions.py::min_keepdims --wrt 0 --backend jax
def min_keepdims_grad(x):
    t1 = jnp.min(x, axis=0, keepdims=True)
    t2 = x - t1
    t2_bar = 2.0 * t2
    x_bar = unbroadcast(t2_bar, x) + unreduce_extremum(-t2_bar, x, t1, axis=0, keepdims=True)
    return jnp.sum(t2 ** 2), x_bar
