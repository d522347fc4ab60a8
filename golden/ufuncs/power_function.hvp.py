# s2s show ../../tests/cases/ufuncs.py::power_function --mode hvp --wrt 0,1
def power_function_hvp(x, y, x_dot, y_dot):
    t1 = np.power(2.0, x)
    t2 = np.log(2.0)
    t3 = np.power(y, x)
    t4 = x - 1
    t5 = y ** t4
    t6 = np.log(y)
    t9 = broadcast_like(1.0, np.power(y, 1.5) + t1 + t3)
    t7 = y_dot * t4 * y ** (t4 - 1) + x_dot * t5 * t6
    y_bar_dot = t9 * x_dot * t5 + t9 * x * t7
    t8 = t9 * (y_dot * x * t5 + x_dot * t3 * t6) * t6
    x_bar_dot = t8 + t9 * t3 * (y_dot / y)
    x_bar_dot = unbroadcast(x_bar_dot, x) + unbroadcast(t9 * (x_dot * t1 * t2) * t2, x)
    y_bar_dot = unbroadcast(y_bar_dot, y) + unbroadcast(t9 * 1.5 * (y_dot * 0.5 * y ** (-0.5)), y)
    return x_bar_dot, y_bar_dot
