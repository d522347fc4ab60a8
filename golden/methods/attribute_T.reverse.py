# s2s show tests/cases/methods.py::attribute_T --wrt 0,1
def attribute_T_grad(x, y):
    t1 = np.transpose(x)
    t2 = t1 @ y
    t3 = np.dot(t1, y)
    t4 = t3 ** 2
    t3_bar = unreduce(1.0, t4) * 2 * t3
    y_bar = dot_vjp_rhs(t3_bar, t1, y)
    t2_bar = unreduce(1.0, t2)
    y_bar = y_bar + matmul_vjp_rhs(t2_bar, t1, y)
    x_bar = untranspose(dot_vjp_lhs(t3_bar, t1, y) + matmul_vjp_lhs(t2_bar, t1, y))
    return np.sum(t2) + np.sum(t4), x_bar, y_bar
