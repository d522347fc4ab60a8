# s2s show ../../tests/cases/linalg.py::outer --wrt 0,1 --backend jax
def outer_grad(x, y, C):
    t1 = unbroadcast(C, jnp.outer(x, y))
    x_bar = reshape_like(t1 @ jnp.ravel(y), x)
    y_bar = reshape_like(jnp.ravel(x) @ t1, y)
    return x_bar, y_bar
