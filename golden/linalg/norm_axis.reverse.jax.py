# s2s show tests/cases/linalg.py::norm_axis --wrt 0 --backend jax
def norm_axis_grad(x):
    t1 = jnp.linalg.norm(x, axis=1)
    x_bar = norm_vjp(1.0, x, t1, axis=1)
    return jnp.sum(t1), x_bar
