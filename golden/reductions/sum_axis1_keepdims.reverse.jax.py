# s2s show tests/cases/reductions.py::sum_axis1_keepdims --wrt 0 --backend jax
def sum_axis1_keepdims_grad(x):
    t1 = x * x
    t2 = 1.0 + jnp.sum(t1, axis=1, keepdims=True)
    t3 = x / t2
    t4 = broadcast_like(1.0, t3)
    x_bar = t4 / t2
    t5 = unreduce(-(t3 * t4) / t2, t1, axis=1, keepdims=True) * x
    x_bar = unbroadcast(x_bar, x) + t5
    x_bar = x_bar + t5
    return jnp.sum(t3), x_bar
