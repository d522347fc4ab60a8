# s2s show tests/cases/methods.py::method_reshape --wrt 0,1
def method_reshape_grad(x, y):
    t1 = np.reshape(x, (2, 6))
    t2 = np.reshape(x, (6, 2))
    t3 = np.transpose(y)
    t4 = np.reshape(x, -1)
    t5 = np.sum(t1 * y) + np.sum(t2 * t3) + np.sum(t4 ** 2)
    x_bar = reshape_like(2.0 * t4, x)
    y_bar = untranspose(unbroadcast(t2, t3))
    x_bar = x_bar + reshape_like(unbroadcast(t3, t2), x)
    y_bar = y_bar + unbroadcast(t1, y)
    x_bar = x_bar + reshape_like(unbroadcast(y, t1), x)
    return t5, x_bar, y_bar
