# s2s show tests/cases/linalg.py::matmul_2d_1d --mode hvp --wrt 0,1
def matmul_2d_1d_hvp(A, x, A_dot, x_dot):
    t1 = A @ x
    t2 = np.sin(t1)
    t2_bar = unreduce(1.0, t2)
    t1_bar = t2_bar * np.cos(t1)
    t1_bar_dot = t2_bar * ((A_dot @ x + A @ x_dot) * -t2)
    A_bar_dot = matmul_vjp_lhs(t1_bar_dot, A, x) + matmul_vjp_lhs(t1_bar, A, x_dot)
    x_bar_dot = matmul_vjp_rhs(t1_bar_dot, A, x) + matmul_vjp_rhs(t1_bar, A_dot, x)
    return A_bar_dot, x_bar_dot
