# s2s show ../../tests/cases/linalg.py::dot_2d_1d --wrt 0,1
def dot_2d_1d_grad(A, x):
    t1 = 2.0 * np.dot(A, x)
    A_bar = dot_vjp_lhs(t1, A, x)
    x_bar = dot_vjp_rhs(t1, A, x)
    return A_bar, x_bar
