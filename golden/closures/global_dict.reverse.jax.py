# s2s show tests/cases/closures.py::global_dict --wrt 0 --backend jax
def global_dict_grad(x):
    t1 = CONFIG['alpha']
    t2 = CONFIG['power']
    t3 = x ** t2
    x_bar = broadcast_like(t1, t3) * t2 * x ** (t2 - 1)
    x_bar = unbroadcast(x_bar, x)
    return t1 * jnp.sum(t3), x_bar
