# s2s show tests/cases/mathmod.py::math_times_array --wrt 0,1 --backend jax
def math_times_array_grad(s, x):
    t1 = jnp.exp(s)
    t2 = x * t1
    t3 = broadcast_like(1.0, t2)
    x_bar = t3 * t1
    s_bar = -jnp.sin(s) + unbroadcast(t3 * x * t1, s)
    x_bar = unbroadcast(x_bar, x)
    return jnp.sum(t2) + jnp.cos(s), s_bar, x_bar
