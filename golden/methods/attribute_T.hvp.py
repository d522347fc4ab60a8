# s2s show ../../tests/cases/methods.py::attribute_T --mode hvp --wrt 0,1
def attribute_T_hvp(x, y, x_dot, y_dot):
    t1 = np.transpose(x)
    t1_dot = np.transpose(x_dot)
    t2 = 2.0 * np.dot(t1, y)
    t2_dot = 2.0 * (np.dot(t1_dot, y) + np.dot(t1, y_dot))
    y_bar_dot = dot_vjp_rhs(t2_dot, t1, y) + dot_vjp_rhs(t2, t1_dot, y)
    y_bar_dot = y_bar_dot + matmul_vjp_rhs(1.0, t1_dot, y)
    x_bar_dot = untranspose(dot_vjp_lhs(t2_dot, t1, y) + dot_vjp_lhs(t2, t1, y_dot) + matmul_vjp_lhs(1.0, t1, y_dot))
    return x_bar_dot, y_bar_dot
