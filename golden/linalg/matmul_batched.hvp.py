# s2s show ../../tests/cases/linalg.py::matmul_batched --mode hvp --wrt 0,1
def matmul_batched_hvp(A, B, A_dot, B_dot):
    t1 = np.tanh(A @ B)
    t2 = 1 - t1 ** 2
    t3 = -((A_dot @ B + A @ B_dot) * t2 * 2 * t1)
    A_bar_dot = matmul_vjp_lhs(t3, A, B) + matmul_vjp_lhs(t2, A, B_dot)
    B_bar_dot = matmul_vjp_rhs(t3, A, B) + matmul_vjp_rhs(t2, A_dot, B)
    return A_bar_dot, B_bar_dot
