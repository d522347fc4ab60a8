# s2s show ../../tests/cases/linalg.py::matmul_2d_1d --mode hvp --wrt 0,1
def matmul_2d_1d_hvp(A, x, A_dot, x_dot):
    t1 = A @ x
    t2 = np.cos(t1)
    t3 = -((A_dot @ x + A @ x_dot) * np.sin(t1))
    A_bar_dot = matmul_vjp_lhs(t3, A, x) + matmul_vjp_lhs(t2, A, x_dot)
    x_bar_dot = matmul_vjp_rhs(t3, A, x) + matmul_vjp_rhs(t2, A_dot, x)
    return A_bar_dot, x_bar_dot
