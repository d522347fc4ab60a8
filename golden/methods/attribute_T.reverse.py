# s2s show ../../tests/cases/methods.py::attribute_T --wrt 0,1
def attribute_T_grad(x, y):
    t1 = np.transpose(x)
    t2 = 2.0 * np.dot(t1, y)
    y_bar = dot_vjp_rhs(t2, t1, y)
    y_bar = y_bar + matmul_vjp_rhs(1.0, t1, y)
    x_bar = untranspose(dot_vjp_lhs(t2, t1, y) + matmul_vjp_lhs(1.0, t1, y))
    return x_bar, y_bar
