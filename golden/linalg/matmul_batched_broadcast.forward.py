# s2s show ../../tests/cases/linalg.py::matmul_batched_broadcast --mode forward --wrt 0,1
def matmul_batched_broadcast_jvp(A, B, A_dot, B_dot):
    t1 = np.matmul(A, B)
    return np.sum(t1 ** 2), np.sum((A_dot @ B + A @ B_dot) * 2 * t1)
