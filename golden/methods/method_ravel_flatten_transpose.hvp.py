# s2s show ../../tests/cases/methods.py::method_ravel_flatten_transpose --mode hvp --wrt 0
def method_ravel_flatten_transpose_hvp(x, x_dot):
    t1 = np.ravel(x)
    t1_dot = np.ravel(x_dot)
    t2 = np.transpose(x)
    t3 = np.ravel(t2)
    x_bar_dot = untranspose(reshape_like(unbroadcast(t1_dot * t1 + t1 * t1_dot, t3), t2))
    t4 = unbroadcast(np.ravel(np.transpose(x_dot)) * t1 + t3 * t1_dot, t1)
    x_bar_dot = x_bar_dot + reshape_like(t4 + t4, x)
    return x_bar_dot
