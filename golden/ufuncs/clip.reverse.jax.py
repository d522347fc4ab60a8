# s2s show ../../tests/cases/ufuncs.py::clip --wrt 0 --backend jax
def clip_grad(x):
    t1 = jnp.clip(x, -0.5, 0.5)
    t2 = jnp.clip(x, -1.0, 1.0)
    t3 = broadcast_like(1.0, t1 ** 2 + t2 * x)
    x_bar = t3 * t2
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t3 * x * clip_inside(x, -1.0, 1.0), x)
    x_bar = x_bar + unbroadcast(t3 * 2 * t1 * clip_inside(x, -0.5, 0.5), x)
    return x_bar
