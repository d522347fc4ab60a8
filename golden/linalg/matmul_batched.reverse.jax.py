# s2s show ../../tests/cases/linalg.py::matmul_batched --wrt 0,1 --backend jax
def matmul_batched_grad(A, B):
    t1 = 1 - jnp.tanh(A @ B) ** 2
    A_bar = matmul_vjp_lhs(t1, A, B)
    B_bar = matmul_vjp_rhs(t1, A, B)
    return A_bar, B_bar
