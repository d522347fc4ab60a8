# s2s show ../../tests/cases/linalg.py::dot_1d_1d --mode hvp --wrt 0,1
def dot_1d_1d_hvp(x, y, x_dot, y_dot):
    t1 = 2.0 * np.dot(x, y)
    t1_dot = 2.0 * (np.dot(x_dot, y) + np.dot(x, y_dot))
    x_bar_dot = dot_vjp_lhs(t1_dot, x, y) + dot_vjp_lhs(t1, x, y_dot)
    y_bar_dot = dot_vjp_rhs(t1_dot, x, y) + dot_vjp_rhs(t1, x_dot, y)
    return x_bar_dot, y_bar_dot
