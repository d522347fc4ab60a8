# s2s show tests/cases/mathmod.py::math_times_array --wrt 0,1 --backend jax
def math_times_array_grad(s, x):
    t1 = jnp.exp(s)
    t2 = x * t1
    s_bar = -jnp.sin(s) + unbroadcast(t2, s)
    return jnp.sum(t2) + jnp.cos(s), s_bar, t1
