# s2s show tests/cases/mathmod.py::math_on_numpy_scalars --wrt 0 --backend jax
def math_on_numpy_scalars_grad(x):
    t1 = jnp.sqrt(jnp.sum(x * x))
    t2 = jnp.exp(jnp.mean(x))
    x_bar = t2 / jnp.size(x)
    t3 = x / (2 * t1)
    x_bar = x_bar + t3
    x_bar = x_bar + t3
    return t1 + t2, x_bar
