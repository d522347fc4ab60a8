# s2s show ../../tests/cases/linalg.py::matmul_1d_2d --mode hvp --wrt 0,1
def matmul_1d_2d_hvp(x, A, x_dot, A_dot):
    t1 = 2.0 * (x @ A)
    t1_dot = 2.0 * (x_dot @ A + x @ A_dot)
    x_bar_dot = matmul_vjp_lhs(t1_dot, x, A) + matmul_vjp_lhs(t1, x, A_dot)
    A_bar_dot = matmul_vjp_rhs(t1_dot, x, A) + matmul_vjp_rhs(t1, x_dot, A)
    return x_bar_dot, A_bar_dot
