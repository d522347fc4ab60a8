# s2s show tests/cases/shapes.py::boolean_mask_index --wrt 0 --backend jax
def boolean_mask_index_grad(x):
    t1 = x > 0
    t2 = x[t1]
    t3 = jnp.absolute(x) < 0.5
    t4 = x[t3]
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, t3, broadcast_like(1.0, t4))
    x_bar = add_at(x_bar, t1, 2.0 * t2)
    return jnp.sum(t2 ** 2) + jnp.sum(t4), x_bar
