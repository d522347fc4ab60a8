# s2s show ../../tests/cases/dtypes.py::mixed_dtypes --wrt 0,1
def mixed_dtypes_grad(x, y):
    t1 = broadcast_like(1.0, x * y + x ** 2)
    x_bar = t1 * 2 * x
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t1 * y, x)
    y_bar = t1 * x
    y_bar = unbroadcast(y_bar, y)
    return x_bar, y_bar
