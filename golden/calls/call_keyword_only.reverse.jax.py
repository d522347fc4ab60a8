# s2s show tests/cases/calls.py::call_keyword_only --wrt 0 --backend jax
def call_keyword_only_grad(x):
    t1 = x * 0.5
    x_bar = t1 + 2.0
    return jnp.sum(x * 2.0 + t1 ** 2), x_bar
