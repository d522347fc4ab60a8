# s2s show tests/cases/shapes.py::newaxis_index --wrt 0,1 --backend jax
def newaxis_index_grad(x, y):
    t1 = x[:, None]
    t2 = y[None, :]
    t3 = t1 * t2
    t4 = x[None]
    t5 = t3 * t4
    t6 = broadcast_like(1.0, t5)
    t3_bar = t6 * t4
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, None, unbroadcast(t6 * t3, t4))
    y_bar = zeros_like(y)
    y_bar = add_at(y_bar, jnp.s_[None, :], unbroadcast(t3_bar * t1, t2))
    x_bar = add_at(x_bar, jnp.s_[:, None], unbroadcast(t3_bar * t2, t1))
    return jnp.sum(t5), x_bar, y_bar
