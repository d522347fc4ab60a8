# s2s show ../../tests/cases/linalg.py::matmul_2d_1d --wrt 0,1 --backend jax
def matmul_2d_1d_grad(A, x):
    t1 = jnp.cos(A @ x)
    A_bar = matmul_vjp_lhs(t1, A, x)
    x_bar = matmul_vjp_rhs(t1, A, x)
    return A_bar, x_bar
