# s2s show ../../tests/cases/reductions.py::mean_axis_tuple --wrt 0 --backend jax
def mean_axis_tuple_grad(x):
    t1 = 0, 2
    t2 = jnp.mean(x, axis=t1)
    t3 = x ** 2
    t4 = 1, 2
    t5 = unreduce(1.0, t3, axis=t4, keepdims=True) * (jnp.size(jnp.mean(t3, axis=t4, keepdims=True)) / jnp.size(t3)) * 2
    x_bar = t5 * x
    x_bar = x_bar + unreduce(2.0 * t2, x, axis=t1) * (jnp.size(t2) / jnp.size(x))
    return x_bar
