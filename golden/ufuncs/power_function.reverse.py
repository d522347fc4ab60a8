# s2s show ../../tests/cases/ufuncs.py::power_function --wrt 0,1
def power_function_grad(x, y):
    t1 = np.power(2.0, x)
    t2 = np.power(y, x)
    t3 = broadcast_like(1.0, np.power(y, 1.5) + t1 + t2)
    y_bar = t3 * x * y ** np.where(x == 0, 0, x - 1)
    x_bar = t3 * t2 * np.log(np.where(y == 0, 1, y))
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t3 * t1 * np.log(2.0), x)
    y_bar = unbroadcast(y_bar, y) + unbroadcast(t3 * 1.5 * y ** 0.5, y)
    return x_bar, y_bar
