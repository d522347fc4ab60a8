# s2s show ../../tests/cases/calls.py::call_local --wrt 0 --backend jax
def call_local_grad(x):
    t1 = jnp.sin(x)
    x_bar = (t1 + t1) * jnp.cos(x)
    x_bar = x_bar + x
    x_bar = x_bar + x
    return x_bar
