# s2s show ../../tests/cases/linalg.py::matmul_1d_2d --mode forward --wrt 0,1
def matmul_1d_2d_jvp(x, A, x_dot, A_dot):
    t1 = x @ A
    return np.sum(t1 ** 2), np.sum((x_dot @ A + x @ A_dot) * 2 * t1)
