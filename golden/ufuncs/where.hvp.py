# s2s show ../../tests/cases/ufuncs.py::where --mode hvp --wrt 0,1
def where_hvp(x, y, x_dot, y_dot):
    t1 = x > 0
    t2 = np.sin(y)
    t3 = broadcast_like(1.0, np.where(t1, x * y, t2))
    t4 = np.where(t1, t3, 0.0)
    x_bar_dot = t4 * y_dot
    y_bar_dot = unbroadcast(t4 * x_dot, y) - unbroadcast(np.where(t1, 0.0, t3) * (y_dot * t2), y)
    x_bar_dot = unbroadcast(x_bar_dot, x)
    return x_bar_dot, y_bar_dot
