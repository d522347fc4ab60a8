# s2s show tests/cases/shapes.py::transpose_axes --wrt 0,1 --backend jax
def transpose_axes_grad(x, y):
    t1 = 1, 2, 0
    t2 = jnp.transpose(x, t1)
    t3 = t2 * y
    t4 = broadcast_like(1.0, t3)
    y_bar = t4 * t2
    x_bar = untranspose(unbroadcast(t4 * y, t2), axes=t1)
    y_bar = unbroadcast(y_bar, y)
    return jnp.sum(t3), x_bar, y_bar
