# s2s show ../../tests/cases/linalg.py::matmul_2d_1d --mode forward --wrt 0,1
def matmul_2d_1d_jvp(A, x, A_dot, x_dot):
    t1 = A @ x
    return np.sum(np.sin(t1)), np.sum((A_dot @ x + A @ x_dot) * np.cos(t1))
