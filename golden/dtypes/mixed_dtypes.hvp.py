# s2s show ../../tests/cases/dtypes.py::mixed_dtypes --mode hvp --wrt 0,1
def mixed_dtypes_hvp(x, y, x_dot, y_dot):
    t1 = broadcast_like(1.0, x * y + x ** 2)
    x_bar_dot = t1 * 2 * x_dot
    x_bar_dot = unbroadcast(x_bar_dot, x) + unbroadcast(t1 * y_dot, x)
    y_bar_dot = t1 * x_dot
    y_bar_dot = unbroadcast(y_bar_dot, y)
    return x_bar_dot, y_bar_dot
