# s2s show ../../tests/cases/calls.py::call_nested_in_expression --wrt 0,1 --backend jax
def call_nested_in_expression_grad(x, y):
    t1 = jnp.sin(x) * 2.0
    t2 = y * y
    t3 = t1 * t2
    t4 = jnp.sin(t3) * 2.0 + t2
    y_bar = t4 * 2.0 * jnp.cos(y)
    t4_bar = unbroadcast(jnp.sin(y) * 2.0, t4)
    t3_bar = t4_bar * 2.0 * jnp.cos(t3)
    t5 = (unbroadcast(t4_bar, t2) + unbroadcast(t3_bar * t1, t2)) * y
    y_bar = unbroadcast(y_bar, y) + t5
    y_bar = y_bar + t5
    x_bar = t3_bar * t2 * 2.0 * jnp.cos(x)
    x_bar = unbroadcast(x_bar, x)
    return x_bar, y_bar
