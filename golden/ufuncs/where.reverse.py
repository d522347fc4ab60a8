# s2s show ../../tests/cases/ufuncs.py::where --wrt 0,1
def where_grad(x, y):
    t1 = x > 0
    t2 = broadcast_like(1.0, np.where(t1, x * y, np.sin(y)))
    t3 = np.where(t1, t2, 0.0)
    y_bar = np.where(t1, 0.0, t2) * np.cos(y)
    x_bar = t3 * y
    y_bar = unbroadcast(y_bar, y) + unbroadcast(t3 * x, y)
    x_bar = unbroadcast(x_bar, x)
    return x_bar, y_bar
