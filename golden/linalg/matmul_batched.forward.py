# s2s show ../../tests/cases/linalg.py::matmul_batched --mode forward --wrt 0,1
def matmul_batched_jvp(A, B, A_dot, B_dot):
    t1 = np.tanh(A @ B)
    t2 = np.sum((A_dot @ B + A @ B_dot) * (1 - t1 ** 2))
    return np.sum(t1), t2
