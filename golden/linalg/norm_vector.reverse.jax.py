# s2s show ../../tests/cases/linalg.py::norm_vector --wrt 0 --backend jax
def norm_vector_grad(x):
    x_bar = norm_vjp(1.0, x, jnp.linalg.norm(x))
    return x_bar
