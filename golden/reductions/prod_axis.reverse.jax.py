# s2s show tests/cases/reductions.py::prod_axis --wrt 0 --backend jax
def prod_axis_grad(x):
    t1 = jnp.prod(x, axis=1, keepdims=True)
    t2 = t1 * x
    t3 = broadcast_like(1.0, t2)
    x_bar = t3 * t1
    x_bar = unbroadcast(x_bar, x) + unprod(t3 * x, x, axis=1, keepdims=True)
    x_bar = x_bar + unprod(1.0, x, axis=0)
    return jnp.sum(jnp.prod(x, axis=0)) + jnp.sum(t2), x_bar
