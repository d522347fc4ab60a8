# s2s show ../../tests/cases/shapes.py::newaxis_index --wrt 0,1 --backend jax
def newaxis_index_grad(x, y):
    t1 = x[:, None]
    t2 = y[None, :]
    t3 = x[None]
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, None, unbroadcast(t1 * t2, t3))
    y_bar = zeros_like(y)
    y_bar = add_at(y_bar, jnp.s_[None, :], unbroadcast(t3 * t1, t2))
    x_bar = add_at(x_bar, jnp.s_[:, None], unbroadcast(t3 * t2, t1))
    return x_bar, y_bar
