# s2s show tests/cases/linalg.py::matmul_batched_broadcast --wrt 0,1
def matmul_batched_broadcast_grad(A, B):
    t1 = np.matmul(A, B)
    t1_bar = 2.0 * t1
    A_bar = matmul_vjp_lhs(t1_bar, A, B)
    B_bar = matmul_vjp_rhs(t1_bar, A, B)
    return np.sum(t1 ** 2), A_bar, B_bar
