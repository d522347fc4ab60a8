# s2s show ../../tests/cases/methods.py::method_dot --wrt 0,1
def method_dot_grad(A, v):
    v_bar = dot_vjp_lhs(1.0, v, v)
    v_bar = v_bar + dot_vjp_rhs(1.0, v, v)
    t1 = 2.0 * np.dot(A, v)
    A_bar = dot_vjp_lhs(t1, A, v)
    v_bar = v_bar + dot_vjp_rhs(t1, A, v)
    return A_bar, v_bar
