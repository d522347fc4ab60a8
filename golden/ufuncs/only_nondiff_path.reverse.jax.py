# s2s show tests/cases/ufuncs.py::only_nondiff_path --wrt 0 --backend jax
def only_nondiff_path_grad(x):
    t1 = jnp.sum(jnp.floor(3.0 * x)) + jnp.sum(jnp.sign(x)) * 2.0
    x_bar = zeros_like(x)
    return t1 + 1.0, x_bar
