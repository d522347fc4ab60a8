# s2s show ../../tests/cases/linalg.py::matmul_batched_vector --wrt 0,1
def matmul_batched_vector_grad(A, v):
    t1 = 2.0 * (A @ v)
    A_bar = matmul_vjp_lhs(t1, A, v)
    v_bar = matmul_vjp_rhs(t1, A, v)
    return A_bar, v_bar
