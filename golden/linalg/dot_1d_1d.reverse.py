# s2s show ../../tests/cases/linalg.py::dot_1d_1d --wrt 0,1
def dot_1d_1d_grad(x, y):
    t1 = 2.0 * np.dot(x, y)
    x_bar = dot_vjp_lhs(t1, x, y)
    y_bar = dot_vjp_rhs(t1, x, y)
    return x_bar, y_bar
