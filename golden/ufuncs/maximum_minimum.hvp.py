# s2s show ../../tests/cases/ufuncs.py::maximum_minimum --mode hvp --wrt 0,1
def maximum_minimum_hvp(x, y, x_dot, y_dot):
    t1 = np.maximum(x, y)
    t2 = x == y
    t3 = x > y
    t4 = 0.5 * y
    t5 = x == t4
    t8 = broadcast_like(1.0, t1 * x - np.minimum(x, t4))
    t1_bar = t8 * x
    t1_bar_dot = t8 * x_dot
    x_bar = unbroadcast(t8 * t1, x) - unbroadcast(np.where(t5, 0.5, x < t4) * t8, x)
    t6 = np.where(t2, 0.5, t3)
    x_bar = x_bar + unbroadcast(t1_bar * t6, x)
    x_bar_dot = unbroadcast(t8 * np.where(t2, (x_dot + y_dot) / 2, np.where(t3, x_dot, y_dot)), x) + unbroadcast(t1_bar_dot * t6, x)
    t7 = np.where(t2, 0.5, x < y)
    y_bar = unbroadcast(t1_bar * t7, y) - unbroadcast(0.5 * (np.where(t5, 0.5, x > t4) * t8), y)
    return broadcast_like(x_bar_dot, x_bar), broadcast_like(unbroadcast(t1_bar_dot * t7, y), y_bar)
