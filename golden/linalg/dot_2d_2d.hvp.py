# s2s show ../../tests/cases/linalg.py::dot_2d_2d --mode hvp --wrt 0,1
def dot_2d_2d_hvp(A, B, C, A_dot, B_dot):
    A_bar_dot = dot_vjp_lhs(C, A, B_dot)
    B_bar_dot = dot_vjp_rhs(C, A_dot, B)
    return A_bar_dot, B_bar_dot
