# s2s show tests/cases/linalg.py::matmul_batched --wrt 0,1 --backend jax
def matmul_batched_grad(A, B):
    t1 = jnp.tanh(A @ B)
    t2 = 1 - t1 ** 2
    A_bar = matmul_vjp_lhs(t2, A, B)
    B_bar = matmul_vjp_rhs(t2, A, B)
    return jnp.sum(t1), A_bar, B_bar
