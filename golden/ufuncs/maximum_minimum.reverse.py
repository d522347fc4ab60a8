# s2s show tests/cases/ufuncs.py::maximum_minimum --wrt 0,1
def maximum_minimum_grad(x, y):
    t1 = np.maximum(x, y)
    t2 = 0.5 * y
    t3 = t1 * x - np.minimum(x, t2)
    t3_bar = broadcast_like(1.0, t3)
    t4 = x == t2
    x_bar = -(np.where(t4, 0.5, x < t2) * t3_bar)
    y_bar = -(0.5 * (np.where(t4, 0.5, x > t2) * t3_bar))
    t1_bar = t3_bar * x
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t3_bar * t1, x)
    t5 = x == y
    x_bar = x_bar + unbroadcast(t1_bar * np.where(t5, 0.5, x > y), x)
    y_bar = unbroadcast(y_bar, y) + unbroadcast(t1_bar * np.where(t5, 0.5, x < y), y)
    return np.sum(t3), x_bar, y_bar
