# s2s show tests/cases/ufuncs.py::nondiff_floor_compare --wrt 0 --backend jax
def nondiff_floor_compare_grad(x):
    t1 = jnp.floor(x)
    t2 = x > 0
    t3 = t1 * x + t2 * x + jnp.round(x) + jnp.ceil(x)
    t4 = broadcast_like(1.0, t3)
    x_bar = t4 * t2
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t4 * t1, x)
    return jnp.sum(t3), x_bar
