# s2s show tests/cases/reductions.py::prod_axis --wrt 0 --backend jax
def prod_axis_grad(x):
    t1 = jnp.prod(x, axis=1, keepdims=True)
    x_bar = unbroadcast(t1, x) + unprod(x, x, axis=1, keepdims=True)
    x_bar = x_bar + unprod(1.0, x, axis=0)
    return jnp.sum(jnp.prod(x, axis=0)) + jnp.sum(t1 * x), x_bar
