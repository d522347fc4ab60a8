# s2s show tests/cases/reductions.py::sum_axis_tuple --wrt 0 --backend jax
def sum_axis_tuple_grad(x):
    t1 = 0, 2
    t2 = jnp.sum(x, axis=t1)
    x_bar = unreduce(2.0 * t2, x, axis=t1)
    return jnp.sum(t2 ** 2), x_bar
