# s2s show ../../tests/cases/linalg.py::dot_2d_1d --mode forward --wrt 0,1
def dot_2d_1d_jvp(A, x, A_dot, x_dot):
    t1 = np.dot(A, x)
    return np.sum(t1 ** 2), np.sum((np.dot(A_dot, x) + np.dot(A, x_dot)) * 2 * t1)
