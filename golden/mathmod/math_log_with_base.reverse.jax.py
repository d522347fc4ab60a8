# s2s show ../../tests/cases/mathmod.py::math_log_with_base --wrt 0,1 --backend jax
def math_log_with_base_grad(a, b):
    b_bar = 1.0 / (b * jnp.log(10))
    b_bar = b_bar + log_(a, 2.0)
    a_bar = b / (a * jnp.log(2.0))
    return a_bar, b_bar
