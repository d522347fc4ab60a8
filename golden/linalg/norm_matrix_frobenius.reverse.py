# s2s show ../../tests/cases/linalg.py::norm_matrix_frobenius --wrt 0
def norm_matrix_frobenius_grad(x):
    t1 = np.linalg.norm(x)
    x_bar = norm_vjp(1.0 + 2.0 * t1, x, t1)
    return x_bar
