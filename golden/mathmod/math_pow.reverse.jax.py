# s2s show ../../tests/cases/mathmod.py::math_pow --wrt 0,1 --backend jax
def math_pow_grad(a, b):
    t1 = jnp.power(a, b)
    t2 = a ** b
    a_bar = b * a ** (b - 1)
    b_bar = t2 * jnp.log(a)
    a_bar = a_bar + a_bar
    b_bar = b_bar + t1 * jnp.log(a)
    return t1 + t2, a_bar, b_bar
