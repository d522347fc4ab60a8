# s2s show ../../tests/cases/mathmod.py::math_on_numpy_scalars --wrt 0 --backend jax
def math_on_numpy_scalars_grad(x):
    x_bar = jnp.exp(jnp.mean(x)) / jnp.size(x)
    t1 = x / (2 * jnp.sqrt(jnp.sum(x * x)))
    x_bar = x_bar + t1
    x_bar = x_bar + t1
    return x_bar
