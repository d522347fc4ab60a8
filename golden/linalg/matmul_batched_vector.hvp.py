# s2s show ../../tests/cases/linalg.py::matmul_batched_vector --mode hvp --wrt 0,1
def matmul_batched_vector_hvp(A, v, A_dot, v_dot):
    t1 = 2.0 * (A @ v)
    t1_dot = 2.0 * (A_dot @ v + A @ v_dot)
    A_bar_dot = matmul_vjp_lhs(t1_dot, A, v) + matmul_vjp_lhs(t1, A, v_dot)
    v_bar_dot = matmul_vjp_rhs(t1_dot, A, v) + matmul_vjp_rhs(t1, A_dot, v)
    return A_bar_dot, v_bar_dot
