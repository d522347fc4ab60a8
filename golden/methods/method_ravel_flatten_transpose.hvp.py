# s2s show tests/cases/methods.py::method_ravel_flatten_transpose --mode hvp --wrt 0
def method_ravel_flatten_transpose_hvp(x, x_dot):
    t1 = np.ravel(x)
    t1_dot = np.ravel(x_dot)
    t2 = np.transpose(x)
    t3 = np.ravel(t2)
    t4 = broadcast_like(1.0, t1 * t1 * t3)
    x_bar_dot = untranspose(reshape_like(unbroadcast(t4 * (t1_dot * t1 + t1 * t1_dot), t3), t2))
    t5 = t4 * np.ravel(np.transpose(x_dot, None)) * t1 + t4 * t3 * t1_dot
    t6 = unbroadcast(t5, t1)
    x_bar_dot = x_bar_dot + reshape_like(t6 + t6, x)
    return x_bar_dot
