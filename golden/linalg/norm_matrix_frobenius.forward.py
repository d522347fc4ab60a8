# s2s show ../../tests/cases/linalg.py::norm_matrix_frobenius --mode forward --wrt 0
def norm_matrix_frobenius_jvp(x, x_dot):
    t1 = np.linalg.norm(x)
    t1_dot = np.sum(norm_vjp(1.0, x, t1) * x_dot)
    return t1 ** 2 + t1, t1_dot * 2 * t1 + t1_dot
