# s2s show tests/cases/linalg.py::matmul_1d_2d --mode hvp --wrt 0,1
def matmul_1d_2d_hvp(x, A, x_dot, A_dot):
    t1 = x @ A
    t2 = unreduce(1.0, t1 ** 2) * 2
    t1_bar = t2 * t1
    t1_bar_dot = t2 * (x_dot @ A + x @ A_dot)
    x_bar_dot = matmul_vjp_lhs(t1_bar_dot, x, A) + matmul_vjp_lhs(t1_bar, x, A_dot)
    A_bar_dot = matmul_vjp_rhs(t1_bar_dot, x, A) + matmul_vjp_rhs(t1_bar, x_dot, A)
    return x_bar_dot, A_bar_dot
