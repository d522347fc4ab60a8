# s2s show tests/cases/linalg.py::outer --wrt 0,1 --backend jax
def outer_grad(x, y, C):
    t1 = jnp.outer(x, y)
    t1_bar = unbroadcast(C, t1)
    x_bar = reshape_like(t1_bar @ jnp.ravel(y), x)
    y_bar = reshape_like(jnp.ravel(x) @ t1_bar, y)
    return jnp.sum(t1 * C), x_bar, y_bar
