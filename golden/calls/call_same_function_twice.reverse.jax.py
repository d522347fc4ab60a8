# s2s show tests/cases/calls.py::call_same_function_twice --wrt 0,1 --backend jax
def call_same_function_twice_grad(x, y):
    t1 = jnp.sum(x * x)
    t2 = x + y
    t3 = jnp.sum(t2 * t2)
    y_bar = y + y
    t2_bar = t1 * t2
    t2_bar1 = t2_bar + t2_bar
    y_bar = y_bar + unbroadcast(t2_bar1, y)
    t4 = t3 * x
    x_bar = unbroadcast(t2_bar1, x) + t4
    x_bar = x_bar + t4
    return t1 * t3 + jnp.sum(y * y), x_bar, y_bar
