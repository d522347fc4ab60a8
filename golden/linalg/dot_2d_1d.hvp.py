# s2s show ../../tests/cases/linalg.py::dot_2d_1d --mode hvp --wrt 0,1
def dot_2d_1d_hvp(A, x, A_dot, x_dot):
    t1 = 2.0 * np.dot(A, x)
    t1_dot = 2.0 * (np.dot(A_dot, x) + np.dot(A, x_dot))
    A_bar_dot = dot_vjp_lhs(t1_dot, A, x) + dot_vjp_lhs(t1, A, x_dot)
    x_bar_dot = dot_vjp_rhs(t1_dot, A, x) + dot_vjp_rhs(t1, A_dot, x)
    return A_bar_dot, x_bar_dot
