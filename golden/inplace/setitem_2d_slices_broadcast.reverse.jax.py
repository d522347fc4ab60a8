# s2s show ../../tests/cases/inplace.py::setitem_2d_slices_broadcast --wrt 0,1 --backend jax
def setitem_2d_slices_broadcast_grad(x, s):
    y = jnp.zeros((3, 3))
    t1 = y[1:, :2] + x
    y = y.at[1:, :2].set(t1)
    y = y.at[:, 2].set(s)
    t2 = y[0, :]
    t3 = t2 + s * 2.0
    y = y.at[0, :].set(t3)
    t4 = jnp.cos(y)
    t3_bar = unbroadcast(jnp.copy(t4[0, :]), t3)
    y_bar = t4.at[0, :].set(0.0)
    s_bar = t3_bar * 2.0
    y_bar = y_bar.at[0, :].add(unbroadcast(t3_bar, t2))
    s_bar = unbroadcast(s_bar, s) + unbroadcast(jnp.copy(y_bar[:, 2]), s)
    y_bar = y_bar.at[:, 2].set(0.0)
    x_bar = unbroadcast(unbroadcast(y_bar[1:, :2], t1), x)
    return x_bar, s_bar
