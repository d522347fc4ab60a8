# s2s show ../../tests/cases/arith.py::powers --wrt 0 --backend jax
def powers_grad(x):
    x_bar = -1.5 * x ** (-2.5)
    x_bar = x_bar + 2.0 ** x * jnp.log(2.0)
    x_bar = x_bar + 0.5 * x ** (-0.5)
    x_bar = x_bar + 3.0 * x ** 2
    return x_bar
