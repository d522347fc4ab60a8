# s2s show tests/cases/linalg.py::matmul_batched_vector --wrt 0,1 --backend jax
def matmul_batched_vector_grad(A, v):
    t1 = A @ v
    t1_bar = 2.0 * t1
    A_bar = matmul_vjp_lhs(t1_bar, A, v)
    v_bar = matmul_vjp_rhs(t1_bar, A, v)
    return jnp.sum(t1 ** 2), A_bar, v_bar
