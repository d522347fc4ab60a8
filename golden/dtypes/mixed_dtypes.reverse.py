# s2s show tests/cases/dtypes.py::mixed_dtypes --wrt 0,1
def mixed_dtypes_grad(x, y):
    t1 = x * y + x ** 2
    t1_bar = broadcast_like(1.0, t1)
    x_bar = t1_bar * 2 * x
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t1_bar * y, x)
    y_bar = t1_bar * x
    y_bar = unbroadcast(y_bar, y)
    return np.sum(t1), x_bar, y_bar
