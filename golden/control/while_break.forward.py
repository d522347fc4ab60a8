# s2s show ../../tests/cases/control.py::while_break --mode forward --wrt 0
def while_break_jvp(x, x_dot):
    broke, k, y, y_dot = False, 0, x, x_dot
    while not broke and True:
        t2 = y_dot * np.cos(y)
        y = y + np.sin(y)
        y_dot = y_dot + t2
        k = k + 1
        t1 = k >= 10
        if not t1:
            t1 = np.max(y) > 3.0
        if t1:
            broke = True
    return np.sum(y ** 2), np.sum(y_dot * 2 * y)
