# s2s show tests/cases/shapes.py::expand_dims --wrt 0,1 --backend jax
def expand_dims_grad(x, y):
    e = jnp.expand_dims(x, 1)
    f = jnp.expand_dims(x, axis=0)
    t1 = e * y
    t2 = jnp.transpose(f)
    t3 = f * t2
    t4 = broadcast_like(1.0, t3)
    f_bar = t4 * t2
    f_bar = unbroadcast(f_bar, f) + untranspose(unbroadcast(t4 * f, t2))
    t5 = broadcast_like(1.0, t1)
    e_bar = t5 * y
    y_bar = t5 * e
    x_bar = reshape_like(f_bar, x)
    x_bar = x_bar + reshape_like(unbroadcast(e_bar, e), x)
    y_bar = unbroadcast(y_bar, y)
    return jnp.sum(t1) + jnp.sum(t3), x_bar, y_bar
