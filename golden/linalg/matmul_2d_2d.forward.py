# s2s show ../../tests/cases/linalg.py::matmul_2d_2d --mode forward --wrt 0,1
def matmul_2d_2d_jvp(A, B, A_dot, B_dot):
    t1 = A @ B
    return np.sum(t1 ** 2), np.sum((A_dot @ B + A @ B_dot) * 2 * t1)
