# s2s show ../../tests/cases/linalg.py::outer --mode hvp --wrt 0,1
def outer_hvp(x, y, C, x_dot, y_dot):
    t1 = unbroadcast(C, np.outer(x, y))
    x_bar_dot = reshape_like(t1 @ np.ravel(y_dot), x)
    y_bar_dot = reshape_like(np.ravel(x_dot) @ t1, y)
    return x_bar_dot, y_bar_dot
