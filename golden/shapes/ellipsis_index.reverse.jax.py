# s2s show tests/cases/shapes.py::ellipsis_index --wrt 0 --backend jax
def ellipsis_index_grad(x):
    t1 = x[..., 0]
    t2 = x[..., 1]
    t3 = t1 * t2
    t4 = x[0, ...]
    x_bar = zeros_like(x)
    x_bar = add_at(x_bar, (0, ...), 2.0 * t4)
    t5 = broadcast_like(1.0, t3)
    x_bar = add_at(x_bar, (..., 1), unbroadcast(t5 * t1, t2))
    x_bar = add_at(x_bar, (..., 0), unbroadcast(t5 * t2, t1))
    return jnp.sum(t3) + jnp.sum(t4 ** 2), x_bar
