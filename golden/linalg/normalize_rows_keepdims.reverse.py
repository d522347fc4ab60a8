# s2s show ../../tests/cases/linalg.py::normalize_rows_keepdims --wrt 0,1
def normalize_rows_keepdims_grad(x, y):
    t1 = np.linalg.norm(x, axis=1, keepdims=True)
    t2 = x / t1
    x_bar = y / t1
    x_bar = unbroadcast(x_bar, x) + norm_vjp(-(t2 * y) / t1, x, t1, axis=1, keepdims=True)
    y_bar = unbroadcast(t2, y)
    return x_bar, y_bar
