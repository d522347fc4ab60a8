# s2s show tests/cases/linalg.py::matmul_batched_broadcast --mode hvp --wrt 0,1
def matmul_batched_broadcast_hvp(A, B, A_dot, B_dot):
    t1 = np.matmul(A, B)
    t2 = unreduce(1.0, t1 ** 2) * 2
    t1_bar = t2 * t1
    t1_bar_dot = t2 * (A_dot @ B + A @ B_dot)
    A_bar_dot = matmul_vjp_lhs(t1_bar_dot, A, B) + matmul_vjp_lhs(t1_bar, A, B_dot)
    B_bar_dot = matmul_vjp_rhs(t1_bar_dot, A, B) + matmul_vjp_rhs(t1_bar, A_dot, B)
    return A_bar_dot, B_bar_dot
