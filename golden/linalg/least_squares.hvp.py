# s2s show ../../tests/cases/linalg.py::least_squares --mode hvp --wrt 0,1
def least_squares_hvp(A, w, b, A_dot, w_dot):
    r = A @ w - b
    t1 = broadcast_like(A_dot @ w + A @ w_dot, r)
    r_bar = matmul_vjp_lhs(0.5, r, r)
    r_bar_dot = matmul_vjp_lhs(0.5, r, t1)
    r_bar = r_bar + matmul_vjp_rhs(0.5, r, r)
    r_bar_dot = r_bar_dot + matmul_vjp_rhs(0.5, t1, r)
    A_bar_dot = matmul_vjp_lhs(r_bar_dot, A, w) + matmul_vjp_lhs(r_bar, A, w_dot)
    w_bar_dot = matmul_vjp_rhs(r_bar_dot, A, w) + matmul_vjp_rhs(r_bar, A_dot, w)
    return A_bar_dot, w_bar_dot
