# s2s show tests/cases/shapes.py::slices_1d --wrt 0 --backend jax
def slices_1d_grad(x):
    t1 = x[1:3]
    t2 = x[0:2]
    t3 = t1 * t2
    t4 = x[::2]
    t5 = x[-1]
    t6 = x[-2]
    t7 = x[:-2:3]
    t8 = jnp.sum(t3) + jnp.sum(t4 ** 2) + t5 * t6 + jnp.sum(t7)
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, jnp.s_[:-2:3], broadcast_like(1.0, t7))
    x_bar = add_at(x_bar, -2, t5)
    x_bar = add_at(x_bar, -1, t6)
    x_bar = add_at(x_bar, jnp.s_[::2], 2.0 * t4)
    t9 = broadcast_like(1.0, t3)
    x_bar = add_at(x_bar, jnp.s_[0:2], unbroadcast(t9 * t1, t2))
    x_bar = add_at(x_bar, jnp.s_[1:3], unbroadcast(t9 * t2, t1))
    return t8, x_bar
