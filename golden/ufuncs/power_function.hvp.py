# s2s show ../../tests/cases/ufuncs.py::power_function --mode hvp --wrt 0,1
def power_function_hvp(x, y, x_dot, y_dot):
    t1 = np.power(2.0, x)
    t2 = np.log(2.0)
    t3 = np.power(y, x)
    t4 = x == 0
    t5 = np.where(t4, 0, x - 1)
    t6 = y ** t5
    t7 = y == 0
    t8 = np.where(t7, 1, y)
    t9 = np.log(t8)
    t14 = broadcast_like(1.0, np.power(y, 1.5) + t1 + t3)
    t10 = t14 * x
    t11 = y_dot * t5 * y ** np.where(t5 == 0, 0, t5 - 1) + np.where(t4, 0.0, x_dot) * t6 * t9
    y_bar = t10 * t6
    y_bar_dot = t14 * x_dot * t6 + t10 * t11
    t12 = t14 * t3
    x_bar = t12 * t9
    t13 = t14 * (y_dot * x * t6 + x_dot * t3 * t9) * t9
    x_bar_dot = t13 + t12 * (np.where(t7, 0.0, y_dot) / t8)
    x_bar_dot = unbroadcast(broadcast_like(x_bar_dot, x_bar), x) + unbroadcast(t14 * (x_dot * t1 * t2) * t2, x)
    y_bar_dot = unbroadcast(broadcast_like(y_bar_dot, y_bar), y) + unbroadcast(t14 * 1.5 * (y_dot * 0.5 * y ** (-0.5)), y)
    return x_bar_dot, y_bar_dot
