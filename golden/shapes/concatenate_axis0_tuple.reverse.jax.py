# s2s show ../../tests/cases/shapes.py::concatenate_axis0_tuple --wrt 0,1 --backend jax
def concatenate_axis0_tuple_grad(x, y):
    t1 = x, y, x * y
    z = jnp.concatenate(t1)
    z_bar = jnp.arange(1.0, 6.0)[:, None] * 2 * z
    z_bar = unbroadcast(z_bar, z)
    t1_bar = unconcatenate(z_bar, t1)
    x_bar = t1_bar[0]
    y_bar = t1_bar[1]
    t2 = t1_bar[2]
    x_bar = x_bar + unbroadcast(t2 * y, x)
    y_bar = y_bar + unbroadcast(t2 * x, y)
    return x_bar, y_bar
