# s2s show tests/cases/arith.py::floordiv_nondiff --wrt 0 --backend jax
def floordiv_nondiff_grad(x):
    t1 = x // 0.5
    x_bar = unbroadcast(t1, x)
    return jnp.sum(x * t1) + jnp.sum(x // 0.25), x_bar
