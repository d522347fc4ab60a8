# s2s show ../../tests/cases/ufuncs.py::sqrt_square --wrt 0,1
def sqrt_square_grad(x, y):
    t1 = np.sqrt(y)
    t2 = np.square(x)
    t3 = np.sqrt(y + x * x)
    t5 = broadcast_like(1.0, t1 + t2 * t3)
    t6 = t5 * t2 / (2 * t3)
    x_bar = t6 * x
    t4 = unbroadcast(x_bar, x)
    x_bar = t4 + t4
    x_bar = x_bar + unbroadcast(t5 * t3 * (2 * x), x)
    y_bar = unbroadcast(t6, y) + unbroadcast(t5 / (2 * t1), y)
    return x_bar, y_bar
