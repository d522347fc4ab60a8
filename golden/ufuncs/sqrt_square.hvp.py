# s2s show ../../tests/cases/ufuncs.py::sqrt_square --mode hvp --wrt 0,1
def sqrt_square_hvp(x, y, x_dot, y_dot):
    t1 = np.sqrt(y)
    t2 = 2 * t1
    t3 = np.square(x)
    t4 = 2 * x
    t5 = np.sqrt(y + x * x)
    t6 = 2 * t5
    t5_dot = (y_dot + (x_dot * x + x * x_dot)) / t6
    t10 = broadcast_like(1.0, t1 + t3 * t5)
    t11 = t10 * t3 / t6
    t11_dot = (t10 * (x_dot * t4) - t11 * (2 * t5_dot)) / t6
    x_bar_dot = t11_dot * x + t11 * x_dot
    t7 = unbroadcast(x_bar_dot, x)
    x_bar_dot = t7 + t7
    t8 = unbroadcast(t10 * t5_dot * t4 + t10 * t5 * (2 * x_dot), x)
    x_bar_dot = x_bar_dot + t8
    t9 = unbroadcast(-(t10 / t2 * (2 * (y_dot / t2))) / t2, y)
    y_bar_dot = unbroadcast(t11_dot, y) + t9
    return x_bar_dot, y_bar_dot
