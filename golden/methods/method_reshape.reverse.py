# s2s show tests/cases/methods.py::method_reshape --wrt 0,1
def method_reshape_grad(x, y):
    t1 = np.reshape(x, (2, 6))
    t2 = t1 * y
    t3 = np.reshape(x, (6, 2))
    t4 = np.transpose(y)
    t5 = t3 * t4
    t6 = np.reshape(x, -1)
    x_bar = reshape_like(2.0 * t6, x)
    t7 = broadcast_like(1.0, t5)
    y_bar = untranspose(unbroadcast(t7 * t3, t4))
    x_bar = x_bar + reshape_like(unbroadcast(t7 * t4, t3), x)
    t8 = broadcast_like(1.0, t2)
    y_bar = y_bar + unbroadcast(t8 * t1, y)
    x_bar = x_bar + reshape_like(unbroadcast(t8 * y, t1), x)
    return np.sum(t2) + np.sum(t5) + np.sum(t6 ** 2), x_bar, y_bar
