# s2s show tests/cases/arith.py::floordiv_nondiff --wrt 0 --backend jax
def floordiv_nondiff_grad(x):
    t1 = x // 0.5
    t2 = x * t1
    x_bar = broadcast_like(1.0, t2) * t1
    x_bar = unbroadcast(x_bar, x)
    return jnp.sum(t2) + jnp.sum(x // 0.25), x_bar
