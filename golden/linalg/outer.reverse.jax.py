# s2s show tests/cases/linalg.py::outer --wrt 0,1 --backend jax
def outer_grad(x, y, C):
    t1 = jnp.outer(x, y)
    t2 = t1 * C
    t3 = unbroadcast(broadcast_like(1.0, t2) * C, t1)
    x_bar = reshape_like(t3 @ jnp.ravel(y), x)
    y_bar = reshape_like(jnp.ravel(x) @ t3, y)
    return jnp.sum(t2), x_bar, y_bar
