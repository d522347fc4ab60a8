# s2s show ../../tests/cases/arith.py::powers_at_zero_and_negative --wrt -1
def powers_at_zero_and_negative_grad(x, y):
    t1 = x ** 2
    t2 = np.power(x, 4)
    t3 = broadcast_like(1.0, t1 * y + x ** 3 + t2 * y)
    y_bar = t3 * t2
    y_bar = unbroadcast(y_bar, y) + unbroadcast(t3 * t1, y)
    return y_bar
