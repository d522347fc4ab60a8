# s2s show tests/cases/mathmod.py::math_atan_hyperbolic_tan --wrt 0,1 --backend jax
def math_atan_hyperbolic_tan_grad(a, b):
    t1 = jnp.tan(0.3 * a)
    a_bar = (1 + t1 ** 2) * 0.3
    a_bar = a_bar - jnp.sinh(a)
    a_bar = a_bar + 1.0 / (1 + a ** 2)
    return jnp.arctan(a) + jnp.sinh(b) - jnp.cosh(a) + t1, a_bar, jnp.cosh(b)
