# s2s show ../../tests/cases/linalg.py::normalize_rows_keepdims --mode forward --wrt 0,1
def normalize_rows_keepdims_jvp(x, y, x_dot, y_dot):
    t1 = np.linalg.norm(x, axis=1, keepdims=True)
    t2 = x / t1
    t3 = (x_dot - t2 * np.sum(norm_vjp(1.0, x, t1, axis=1, keepdims=True) * x_dot, axis=1, keepdims=True)) / t1 * y
    return np.sum(t2 * y), np.sum(t3 + t2 * y_dot)
