# s2s show ../../tests/cases/linalg.py::norm_matrix_frobenius --mode hvp --wrt 0
def norm_matrix_frobenius_hvp(x, x_dot):
    t1 = np.linalg.norm(x)
    x_bar_dot = norm_vjp(2.0 * np.sum(norm_vjp(1.0, x, t1) * x_dot), x, t1) + norm_hvp(1.0 + 2.0 * t1, x, t1, x_dot)
    return x_bar_dot
