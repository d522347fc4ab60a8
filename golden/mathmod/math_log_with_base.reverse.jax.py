# s2s show ../../tests/cases/mathmod.py::math_log_with_base --wrt 0,1 --backend jax
def math_log_with_base_grad(a, b):
    t1 = log_(a, 2.0)
    b_bar = 1.0 / (b * jnp.log(10))
    b_bar = b_bar + t1
    a_bar = b / (a * jnp.log(2.0))
    return t1 * b + log_(b, 10), a_bar, b_bar
