# s2s show ../../tests/cases/closures.py::global_dict --wrt 0 --backend jax
def global_dict_grad(x):
    t1 = CONFIG['power']
    x_bar = CONFIG['alpha'] * t1 * x ** jnp.where(t1 == 0, 0, t1 - 1)
    x_bar = unbroadcast(x_bar, x)
    return x_bar
