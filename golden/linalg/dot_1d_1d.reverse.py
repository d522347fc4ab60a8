# s2s show ../../tests/cases/linalg.py::dot_1d_1d --wrt 0,1
def dot_1d_1d_grad(x, y):
    t1 = np.dot(x, y)
    t1_bar = 2.0 * t1
    x_bar = dot_vjp_lhs(t1_bar, x, y)
    y_bar = dot_vjp_rhs(t1_bar, x, y)
    return t1 ** 2, x_bar, y_bar
