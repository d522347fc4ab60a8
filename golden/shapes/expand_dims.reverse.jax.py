# s2s show ../../tests/cases/shapes.py::expand_dims --wrt 0,1 --backend jax
def expand_dims_grad(x, y):
    e = jnp.expand_dims(x, 1)
    f = jnp.expand_dims(x, axis=0)
    t1 = jnp.transpose(f)
    f_bar = unbroadcast(t1, f) + untranspose(unbroadcast(f, t1))
    x_bar = reshape_like(f_bar, x)
    e_bar = unbroadcast(y, e)
    x_bar = x_bar + reshape_like(e_bar, x)
    y_bar = unbroadcast(e, y)
    return x_bar, y_bar
