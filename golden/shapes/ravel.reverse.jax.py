# s2s show ../../tests/cases/shapes.py::ravel --wrt 0 --backend jax
def ravel_grad(x):
    x_bar = reshape_like(unbroadcast(jnp.arange(6.0), jnp.ravel(x)), x)
    return x_bar
