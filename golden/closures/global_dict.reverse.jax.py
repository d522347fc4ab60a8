# s2s show ../../tests/cases/closures.py::global_dict --wrt 0 --backend jax
def global_dict_grad(x):
    t1 = CONFIG['alpha']
    t2 = CONFIG['power']
    x_bar = t1 * t2 * x ** (t2 - 1)
    x_bar = unbroadcast(x_bar, x)
    return t1 * jnp.sum(x ** t2), x_bar
