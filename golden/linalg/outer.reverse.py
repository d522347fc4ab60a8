# s2s show tests/cases/linalg.py::outer --wrt 0,1
def outer_grad(x, y, C):
    t1 = np.outer(x, y)
    t2 = t1 * C
    t3 = unbroadcast(broadcast_like(1.0, t2) * C, t1)
    x_bar = reshape_like(t3 @ np.ravel(y), x)
    y_bar = reshape_like(np.ravel(x) @ t3, y)
    return np.sum(t2), x_bar, y_bar
