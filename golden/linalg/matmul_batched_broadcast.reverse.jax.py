# s2s show tests/cases/linalg.py::matmul_batched_broadcast --wrt 0,1 --backend jax
def matmul_batched_broadcast_grad(A, B):
    t1 = jnp.matmul(A, B)
    t1_bar = 2.0 * t1
    A_bar = matmul_vjp_lhs(t1_bar, A, B)
    B_bar = matmul_vjp_rhs(t1_bar, A, B)
    return jnp.sum(t1 ** 2), A_bar, B_bar
