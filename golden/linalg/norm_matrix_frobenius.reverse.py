# s2s show tests/cases/linalg.py::norm_matrix_frobenius --wrt 0
def norm_matrix_frobenius_grad(x):
    t1 = np.linalg.norm(x)
    x_bar = x * unreduce((1.0 + 2.0 * t1) / t1, x)
    return t1 ** 2 + t1, x_bar
