# s2s show tests/cases/linalg.py::dot_2d_1d --wrt 0,1 --backend jax
def dot_2d_1d_grad(A, x):
    t1 = jnp.dot(A, x)
    t1_bar = 2.0 * t1
    A_bar = dot_vjp_lhs(t1_bar, A, x)
    x_bar = dot_vjp_rhs(t1_bar, A, x)
    return jnp.sum(t1 ** 2), A_bar, x_bar
