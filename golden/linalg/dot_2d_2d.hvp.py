# s2s show tests/cases/linalg.py::dot_2d_2d --mode hvp --wrt 0,1
def dot_2d_2d_hvp(A, B, C, A_dot, B_dot):
    t1 = broadcast_like(1.0, np.dot(A, B) * C) * C
    A_bar_dot = dot_vjp_lhs(t1, A, B_dot)
    B_bar_dot = dot_vjp_rhs(t1, A_dot, B)
    return A_bar_dot, B_bar_dot
