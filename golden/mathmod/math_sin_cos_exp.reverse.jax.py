# s2s show tests/cases/mathmod.py::math_sin_cos_exp --wrt 0,1 --backend jax
def math_sin_cos_exp_grad(a, b):
    t1 = jnp.sin(a)
    t2 = jnp.cos(b)
    t3 = jnp.exp(a * b)
    a_bar = t3 * b
    b_bar = t3 * a
    b_bar = b_bar - t1 * jnp.sin(b)
    a_bar = a_bar + t2 * jnp.cos(a)
    return t1 * t2 + t3, a_bar, b_bar
