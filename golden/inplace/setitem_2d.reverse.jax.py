# s2s show ../../tests/cases/inplace.py::setitem_2d --wrt 0,1 --backend jax
def setitem_2d_grad(x, m):
    y = jnp.zeros((3, 4))
    y = y.at[:, 0].set(x)
    t1 = m[1] * 2.0
    y = y.at[1].set(t1)
    t2 = x[0]
    t3 = x[1]
    t4 = t2 * t3
    y = y.at[2, 3].set(t4)
    t5 = unbroadcast(m, y)
    t4_bar = unbroadcast(jnp.copy(t5[2, 3]), t4)
    y_bar = setitem(t5, (2, 3), 0.0)
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, 1, unbroadcast(t4_bar * t2, t3))
    x_bar = add_at(x_bar, 0, unbroadcast(t4_bar * t3, t2))
    t1_bar = unbroadcast(jnp.copy(y_bar[1]), t1)
    y_bar = setitem(y_bar, 1, 0.0)
    t6 = unbroadcast(y, m)
    m_bar = add_at(t6, 1, t1_bar * 2.0)
    x_bar = x_bar + unbroadcast(y_bar[:, 0], x)
    return x_bar, m_bar
