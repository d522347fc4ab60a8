# s2s show ../../tests/cases/linalg.py::outer --wrt 0,1
def outer_grad(x, y, C):
    t1 = unbroadcast(C, np.outer(x, y))
    x_bar = reshape_like(t1 @ np.ravel(y), x)
    y_bar = reshape_like(np.ravel(x) @ t1, y)
    return x_bar, y_bar
