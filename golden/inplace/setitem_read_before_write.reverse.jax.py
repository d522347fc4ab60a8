# s2s show tests/cases/inplace.py::setitem_read_before_write --wrt 0 --backend jax
def setitem_read_before_write_grad(x):
    y = jnp.zeros(4)
    y = y.at[:].set(x)
    a = y[1]
    y = y.at[1].set(10.0)
    t1 = y * x
    t2 = y[2]
    y_bar = jnp.zeros_like(y)
    y_bar = y_bar.at[2].add(a)
    t3 = broadcast_like(1.0, t1)
    y_bar = y_bar + unbroadcast(t3 * x, y)
    x_bar = t3 * y
    y_bar = y_bar.at[1].set(0.0)
    y_bar = y_bar.at[1].add(t2)
    x_bar = unbroadcast(x_bar, x) + unbroadcast(y_bar[:], x)
    return jnp.sum(t1) + a * t2, x_bar
