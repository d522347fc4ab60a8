# s2s show tests/cases/linalg.py::normalize_rows_keepdims --wrt 0,1 --backend jax
def normalize_rows_keepdims_grad(x, y):
    t1 = jnp.linalg.norm(x, axis=1, keepdims=True)
    t2 = x / t1
    t3 = t2 * y
    t4 = broadcast_like(1.0, t3)
    t2_bar = t4 * y
    y_bar = t4 * t2
    x_bar = t2_bar / t1
    x_bar = unbroadcast(x_bar, x) + norm_vjp(-(t2 * t2_bar) / t1, x, t1, axis=1, keepdims=True)
    y_bar = unbroadcast(y_bar, y)
    return jnp.sum(t3), x_bar, y_bar
