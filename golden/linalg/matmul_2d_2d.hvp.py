# s2s show ../../tests/cases/linalg.py::matmul_2d_2d --mode hvp --wrt 0,1
def matmul_2d_2d_hvp(A, B, A_dot, B_dot):
    t1 = 2.0 * (A @ B)
    t1_dot = 2.0 * (A_dot @ B + A @ B_dot)
    A_bar_dot = matmul_vjp_lhs(t1_dot, A, B) + matmul_vjp_lhs(t1, A, B_dot)
    B_bar_dot = matmul_vjp_rhs(t1_dot, A, B) + matmul_vjp_rhs(t1, A_dot, B)
    return A_bar_dot, B_bar_dot
