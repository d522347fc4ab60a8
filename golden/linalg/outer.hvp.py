# s2s show tests/cases/linalg.py::outer --mode hvp --wrt 0,1
def outer_hvp(x, y, C, x_dot, y_dot):
    t1 = np.outer(x, y)
    t2 = unbroadcast(broadcast_like(1.0, t1 * C) * C, t1)
    x_bar_dot = reshape_like(t2 @ np.ravel(y_dot), x)
    y_bar_dot = reshape_like(np.ravel(x_dot) @ t2, y)
    return x_bar_dot, y_bar_dot
