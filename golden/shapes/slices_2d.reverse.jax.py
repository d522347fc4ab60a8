# s2s show ../../tests/cases/shapes.py::slices_2d --wrt 0 --backend jax
def slices_2d_grad(x):
    t1 = x[:, 0]
    t2 = x[:, 1]
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, jnp.s_[1:, 2:], 3.0 * x[1:, 2:] ** 2)
    x_bar = add_at(x_bar, (2, 3), x[0, 1])
    x_bar = add_at(x_bar, (0, 1), x[2, 3])
    x_bar = add_at(x_bar, jnp.s_[1, :], 2.0 * x[1, :])
    x_bar = add_at(x_bar, jnp.s_[:, 1], unbroadcast(t1, t2))
    x_bar = add_at(x_bar, jnp.s_[:, 0], unbroadcast(t2, t1))
    return x_bar
