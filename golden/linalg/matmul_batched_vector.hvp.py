# s2s show tests/cases/linalg.py::matmul_batched_vector --mode hvp --wrt 0,1
def matmul_batched_vector_hvp(A, v, A_dot, v_dot):
    t1 = A @ v
    t2 = unreduce(1.0, t1 ** 2) * 2
    t1_bar = t2 * t1
    t1_bar_dot = t2 * (A_dot @ v + A @ v_dot)
    A_bar_dot = matmul_vjp_lhs(t1_bar_dot, A, v) + matmul_vjp_lhs(t1_bar, A, v_dot)
    v_bar_dot = matmul_vjp_rhs(t1_bar_dot, A, v) + matmul_vjp_rhs(t1_bar, A_dot, v)
    return A_bar_dot, v_bar_dot
