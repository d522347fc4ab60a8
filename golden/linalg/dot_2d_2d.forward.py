# s2s show ../../tests/cases/linalg.py::dot_2d_2d --mode forward --wrt 0,1
def dot_2d_2d_jvp(A, B, C, A_dot, B_dot):
    return np.sum(np.dot(A, B) * C), np.sum((np.dot(A_dot, B) + np.dot(A, B_dot)) * C)
