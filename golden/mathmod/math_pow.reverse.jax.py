# s2s show ../../tests/cases/mathmod.py::math_pow --wrt 0,1 --backend jax
def math_pow_grad(a, b):
    a_bar = b * a ** (b - 1)
    b_bar = a ** b * jnp.log(a)
    a_bar = a_bar + a_bar
    b_bar = b_bar + jnp.power(a, b) * jnp.log(a)
    return a_bar, b_bar
