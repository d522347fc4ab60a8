# s2s show ../../tests/cases/methods.py::method_ravel_flatten_transpose --wrt 0
def method_ravel_flatten_transpose_grad(x):
    t1 = np.ravel(x)
    t2 = np.transpose(x)
    t3 = np.ravel(t2)
    x_bar = untranspose(reshape_like(unbroadcast(t1 * t1, t3), t2))
    t4 = unbroadcast(t3 * t1, t1)
    x_bar = x_bar + reshape_like(t4 + t4, x)
    return x_bar
