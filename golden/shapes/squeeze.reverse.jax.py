# s2s show tests/cases/shapes.py::squeeze --wrt 0,1 --backend jax
def squeeze_grad(x, w):
    t1 = jnp.squeeze(x, axis=1)
    t2 = t1 * w
    t3 = jnp.squeeze(x)
    x_bar = reshape_like(2.0 * t3, x)
    t4 = broadcast_like(1.0, t2)
    w_bar = t4 * t1
    x_bar = x_bar + reshape_like(unbroadcast(t4 * w, t1), x)
    w_bar = unbroadcast(w_bar, w)
    return jnp.sum(t2) + jnp.sum(t3 ** 2), x_bar, w_bar
