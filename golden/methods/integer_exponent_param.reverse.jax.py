# s2s show tests/cases/methods.py::integer_exponent_param --wrt 0 --backend jax
def integer_exponent_param_grad(x, n):
    t1 = n - 1
    t2 = x ** n + jnp.power(x, t1)
    t2_bar = broadcast_like(1.0, t2)
    x_bar = t2_bar * t1 * x ** (t1 - 1)
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t2_bar * n * x ** t1, x)
    return jnp.sum(t2), x_bar
