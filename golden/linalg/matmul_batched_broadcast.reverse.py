# s2s show ../../tests/cases/linalg.py::matmul_batched_broadcast --wrt 0,1
def matmul_batched_broadcast_grad(A, B):
    t1 = 2.0 * np.matmul(A, B)
    A_bar = matmul_vjp_lhs(t1, A, B)
    B_bar = matmul_vjp_rhs(t1, A, B)
    return A_bar, B_bar
