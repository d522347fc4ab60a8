# s2s show tests/cases/methods.py::method_clip_copy --wrt 0 --backend jax
def method_clip_copy_grad(x):
    y = jnp.copy(x)
    t1 = jnp.clip(y, -0.5, 0.5)
    t2 = t1 * x
    t3 = broadcast_like(1.0, t2)
    x_bar = t3 * t1
    y_bar = t3 * x * clip_inside(y, -0.5, 0.5)
    x_bar = unbroadcast(x_bar, x) + unbroadcast(y_bar, y)
    return jnp.sum(t2), x_bar
