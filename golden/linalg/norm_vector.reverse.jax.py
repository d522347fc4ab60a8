# s2s show ../../tests/cases/linalg.py::norm_vector --wrt 0 --backend jax
def norm_vector_grad(x):
    t1 = jnp.linalg.norm(x)
    x_bar = norm_vjp(1.0, x, t1)
    return t1, x_bar
