# s2s show ../../tests/cases/ufuncs.py::abs_and_sign --mode hvp --wrt 0,1
def abs_and_sign_hvp(x, y, x_dot, y_dot):
    t1 = np.sign(x)
    t3 = broadcast_like(1.0, np.absolute(x) * y + t1 * y * y)
    y_bar_dot = t3 * (t1 * y_dot)
    t2 = t3 * y_dot * t1
    y_bar_dot = unbroadcast(y_bar_dot, y) + unbroadcast(t2, y)
    y_bar_dot = y_bar_dot + unbroadcast(t3 * (x_dot * t1), y)
    x_bar_dot = unbroadcast(t2, x)
    return x_bar_dot, y_bar_dot
