# s2s show tests/cases/mathmod.py::math_log1p_expm1 --wrt 0,1 --backend jax
def math_log1p_expm1_grad(a, b):
    t1 = jnp.log1p(a)
    t2 = jnp.expm1(b)
    b_bar = t1 * (t2 + 1)
    a_bar = t2 / (1 + a)
    return t1 * t2, a_bar, b_bar
