# s2s show ../../tests/cases/linalg.py::dot_2d_2d --wrt 0,1
def dot_2d_2d_grad(A, B, C):
    A_bar = dot_vjp_lhs(C, A, B)
    B_bar = dot_vjp_rhs(C, A, B)
    return A_bar, B_bar
