# s2s show ../../tests/cases/reductions.py::sum_axis_tuple --wrt 0 --backend jax
def sum_axis_tuple_grad(x):
    t1 = 0, 2
    x_bar = unreduce(2.0 * jnp.sum(x, axis=t1), x, axis=t1)
    return x_bar
