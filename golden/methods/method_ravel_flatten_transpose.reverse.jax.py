# s2s show tests/cases/methods.py::method_ravel_flatten_transpose --wrt 0 --backend jax
def method_ravel_flatten_transpose_grad(x):
    t1 = jnp.ravel(x)
    t2 = t1 * t1
    t3 = jnp.transpose(x)
    t4 = jnp.ravel(t3)
    t5 = t2 * t4
    t6 = broadcast_like(1.0, t5)
    x_bar = untranspose(reshape_like(unbroadcast(t6 * t2, t4), t3))
    t7 = unbroadcast(t6 * t4 * t1, t1)
    x_bar = x_bar + reshape_like(t7 + t7, x)
    return jnp.sum(t5), x_bar
