# s2s show tests/cases/shapes.py::reverse_slice --wrt 0 --backend jax
def reverse_slice_grad(x):
    t1 = x[::-1]
    t2 = t1 * x
    t3 = x[3:0:-1]
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, jnp.s_[3:0:-1], 2.0 * t3)
    t4 = broadcast_like(1.0, t2)
    x_bar = x_bar + unbroadcast(t4 * t1, x)
    x_bar = add_at(x_bar, jnp.s_[::-1], unbroadcast(t4 * x, t1))
    return jnp.sum(t2) + jnp.sum(t3 ** 2), x_bar
