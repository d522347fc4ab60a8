# s2s show ../../tests/cases/inplace.py::setitem_read_before_write --wrt 0 --backend jax
def setitem_read_before_write_grad(x):
    y = jnp.zeros(4)
    y = y.at[:].set(x)
    a = y[1]
    y = y.at[1].set(10.0)
    y_bar = jnp.zeros_like(y)
    y_bar = y_bar.at[2].add(a)
    y_bar = y_bar + unbroadcast(x, y)
    y_bar = y_bar.at[1].set(0.0)
    y_bar = y_bar.at[1].add(y[2])
    x_bar = unbroadcast(y, x) + unbroadcast(y_bar[:], x)
    return x_bar
