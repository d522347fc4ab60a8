# s2s show tests/cases/arith.py::powers --wrt 0 --backend jax
def powers_grad(x):
    t1 = 2.0 ** x
    t2 = jnp.sum(x ** 3 + x ** 0.5 + t1 + x ** (-1.5))
    x_bar = -1.5 * x ** (-2.5)
    x_bar = x_bar + t1 * jnp.log(2.0)
    x_bar = x_bar + 0.5 * x ** (-0.5)
    x_bar = x_bar + 3.0 * x ** 2
    return t2, x_bar
