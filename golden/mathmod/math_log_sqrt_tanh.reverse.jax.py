# s2s show ../../tests/cases/mathmod.py::math_log_sqrt_tanh --wrt 0,1 --backend jax
def math_log_sqrt_tanh_grad(a, b):
    t1 = jnp.sqrt(b)
    t2 = jnp.tanh(a)
    a_bar = t1 * (1 - t2 ** 2)
    b_bar = t2 / (2 * t1)
    a_bar = a_bar + 1.0 / a
    return a_bar, b_bar
