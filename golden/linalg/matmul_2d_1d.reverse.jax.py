# s2s show tests/cases/linalg.py::matmul_2d_1d --wrt 0,1 --backend jax
def matmul_2d_1d_grad(A, x):
    t1 = A @ x
    t2 = jnp.cos(t1)
    A_bar = matmul_vjp_lhs(t2, A, x)
    x_bar = matmul_vjp_rhs(t2, A, x)
    return jnp.sum(jnp.sin(t1)), A_bar, x_bar
