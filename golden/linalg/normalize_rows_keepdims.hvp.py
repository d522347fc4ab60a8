# s2s show ../../tests/cases/linalg.py::normalize_rows_keepdims --mode hvp --wrt 0,1
def normalize_rows_keepdims_hvp(x, y, x_dot, y_dot):
    t1 = np.linalg.norm(x, axis=1, keepdims=True)
    t1_dot = np.sum(norm_vjp(1.0, x, t1, axis=1, keepdims=True) * x_dot, axis=1, keepdims=True)
    t2 = x / t1
    t2_dot = (x_dot - t2 * t1_dot) / t1
    x_bar = y / t1
    x_bar_dot = (y_dot - x_bar * t1_dot) / t1
    t1_bar = -(t2 * y) / t1
    t1_bar_dot = (-(t2_dot * y + t2 * y_dot) - t1_bar * t1_dot) / t1
    x_bar_dot = unbroadcast(x_bar_dot, x) + (norm_vjp(t1_bar_dot, x, t1, axis=1, keepdims=True) + norm_hvp(t1_bar, x, t1, x_dot, axis=1, keepdims=True))
    y_bar_dot = unbroadcast(t2_dot, y)
    return x_bar_dot, y_bar_dot
