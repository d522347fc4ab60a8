# s2s show tests/cases/linalg.py::matmul_2d_2d --wrt 0,1 --backend jax
def matmul_2d_2d_grad(A, B):
    t1 = A @ B
    t1_bar = 2.0 * t1
    A_bar = matmul_vjp_lhs(t1_bar, A, B)
    B_bar = matmul_vjp_rhs(t1_bar, A, B)
    return jnp.sum(t1 ** 2), A_bar, B_bar
