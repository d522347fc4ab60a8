# s2s show ../../tests/cases/ufuncs.py::where_broadcast_scalar --wrt 0,1
def where_broadcast_scalar_grad(x, y):
    t1 = x > 0.2
    t2 = x < 0
    t3 = broadcast_like(1.0, np.where(t1, y, 0.0) + np.where(t2, 1.0, x ** 2))
    x_bar = np.where(t2, 0.0, t3) * 2 * x
    y_bar = np.where(t1, t3, 0.0)
    x_bar = unbroadcast(x_bar, x)
    y_bar = unbroadcast(y_bar, y)
    return x_bar, y_bar
