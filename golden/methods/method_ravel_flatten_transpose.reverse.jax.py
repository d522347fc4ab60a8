# s2s show tests/cases/methods.py::method_ravel_flatten_transpose --wrt 0 --backend jax
def method_ravel_flatten_transpose_grad(x):
    t1 = jnp.ravel(x)
    t2 = t1 * t1
    t3 = jnp.transpose(x)
    t4 = jnp.ravel(t3)
    x_bar = untranspose(reshape_like(unbroadcast(t2, t4), t3))
    t5 = unbroadcast(t4 * t1, t1)
    x_bar = x_bar + reshape_like(t5 + t5, x)
    return jnp.sum(t2 * t4), x_bar
