# s2s show tests/cases/linalg.py::norm_matrix_frobenius --mode hvp --wrt 0
def norm_matrix_frobenius_hvp(x, x_dot):
    t1 = np.linalg.norm(x)
    t1_dot = np.sum(x * x_dot) / t1
    t2 = (1.0 + 2.0 * t1) / t1
    x_bar_dot = x_dot * unreduce(t2, x) + x * unreduce((2.0 * t1_dot - t2 * t1_dot) / t1, x)
    return x_bar_dot
