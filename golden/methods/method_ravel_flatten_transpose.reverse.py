# s2s show tests/cases/methods.py::method_ravel_flatten_transpose --wrt 0
def method_ravel_flatten_transpose_grad(x):
    t1 = np.ravel(x)
    t2 = t1 * t1
    t3 = np.transpose(x)
    t4 = np.ravel(t3)
    t5 = t2 * t4
    t5_bar = unreduce(1.0, t5)
    x_bar = untranspose(reshape_like(unbroadcast(t5_bar * t2, t4), t3))
    t6 = unbroadcast(t5_bar * t4 * t1, t1)
    x_bar = x_bar + reshape_like(t6 + t6, x)
    return np.sum(t5), x_bar
