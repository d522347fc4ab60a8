# s2s show ../../tests/cases/mathmod.py::math_times_array --wrt 0,1 --backend jax
def math_times_array_grad(s, x):
    t1 = jnp.exp(s)
    s_bar = unbroadcast(x * t1, s) - jnp.sin(s)
    x_bar = broadcast_like(t1, x)
    return s_bar, x_bar
