# s2s show tests/cases/linalg.py::outer --wrt 0,1
def outer_grad(x, y, C):
    t1 = np.outer(x, y)
    t1_bar = unbroadcast(C, t1)
    x_bar = reshape_like(t1_bar @ np.ravel(y), x)
    y_bar = reshape_like(np.ravel(x) @ t1_bar, y)
    return np.sum(t1 * C), x_bar, y_bar
