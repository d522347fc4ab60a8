# s2s show ../../tests/cases/dtypes.py::f32_reductions --wrt 0 --backend jax
def f32_reductions_grad(x):
    t1 = jnp.max(x, axis=1)
    t2 = jnp.linalg.norm(x)
    t3 = jnp.mean(x, axis=0)
    x_bar = 1.0 / (jnp.size(x) / jnp.size(t3))
    x_bar = x_bar + norm_vjp(1.0, x, t2)
    x_bar = x_bar + unreduce_extremum(1.0, x, t1, axis=1)
    return jnp.sum(t1) + t2 + jnp.sum(t3), x_bar
