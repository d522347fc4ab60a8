# s2s show tests/cases/mathmod.py::math_pow --wrt 0,1 --backend jax
def math_pow_grad(a, b):
    t1 = jnp.power(a, b)
    t2 = a ** b
    a_bar = b * a ** jnp.where(b == 0, 0, b - 1)
    t3 = jnp.log(jnp.where(a == 0, 1, a))
    b_bar = t2 * t3
    a_bar = a_bar + a_bar
    b_bar = b_bar + t1 * t3
    return t1 + t2, a_bar, b_bar
