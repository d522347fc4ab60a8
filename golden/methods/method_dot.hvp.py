# s2s show ../../tests/cases/methods.py::method_dot --mode hvp --wrt 0,1
def method_dot_hvp(A, v, A_dot, v_dot):
    v_bar_dot = dot_vjp_lhs(1.0, v, v_dot)
    v_bar_dot = v_bar_dot + dot_vjp_rhs(1.0, v_dot, v)
    t1 = 2.0 * np.dot(A, v)
    t1_dot = 2.0 * (np.dot(A_dot, v) + np.dot(A, v_dot))
    A_bar_dot = dot_vjp_lhs(t1_dot, A, v) + dot_vjp_lhs(t1, A, v_dot)
    v_bar_dot = v_bar_dot + (dot_vjp_rhs(t1_dot, A, v) + dot_vjp_rhs(t1, A_dot, v))
    return A_bar_dot, v_bar_dot
