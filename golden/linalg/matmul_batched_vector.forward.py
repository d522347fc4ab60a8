# s2s show ../../tests/cases/linalg.py::matmul_batched_vector --mode forward --wrt 0,1
def matmul_batched_vector_jvp(A, v, A_dot, v_dot):
    t1 = A @ v
    return np.sum(t1 ** 2), np.sum((A_dot @ v + A @ v_dot) * 2 * t1)
