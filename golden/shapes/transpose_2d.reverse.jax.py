# s2s show tests/cases/shapes.py::transpose_2d --wrt 0,1 --backend jax
def transpose_2d_grad(x, y):
    t1 = jnp.transpose(x)
    t2 = t1 * y
    t3 = broadcast_like(1.0, t2)
    y_bar = t3 * t1
    x_bar = untranspose(unbroadcast(t3 * y, t1))
    y_bar = unbroadcast(y_bar, y)
    return jnp.sum(t2), x_bar, y_bar
