# s2s show tests/cases/methods.py::method_reshape --wrt 0,1
def method_reshape_grad(x, y):
    t1 = np.reshape(x, (2, 6))
    t2 = t1 * y
    t3 = np.reshape(x, (6, 2))
    t4 = np.transpose(y)
    t5 = t3 * t4
    t6 = np.reshape(x, -1)
    t7 = t6 ** 2
    x_bar = reshape_like(unreduce(1.0, t7) * 2 * t6, x)
    t5_bar = unreduce(1.0, t5)
    y_bar = untranspose(unbroadcast(t5_bar * t3, t4))
    x_bar = x_bar + reshape_like(unbroadcast(t5_bar * t4, t3), x)
    t2_bar = unreduce(1.0, t2)
    y_bar = y_bar + unbroadcast(t2_bar * t1, y)
    x_bar = x_bar + reshape_like(unbroadcast(t2_bar * y, t1), x)
    return np.sum(t2) + np.sum(t5) + np.sum(t7), x_bar, y_bar
