# s2s show tests/cases/calls.py::call_with_kwargs --wrt 0 --backend jax
def call_with_kwargs_grad(x):
    t1 = 3.0 * x
    t2 = x + 1.0
    x_bar = 0.5 + t1
    x_bar = x_bar + t2 * 3.0
    return jnp.sum(t1 * t2 + (0.5 * x + 2.0)), x_bar
