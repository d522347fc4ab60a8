# s2s show ../../tests/cases/control.py::while_counter --mode forward --wrt 0
def while_counter_jvp(x, x_dot):
    i, y, y_dot = 0, x, x_dot
    while i < 4:
        t1 = y_dot * np.cos(y)
        y = np.sin(y) + x
        y_dot = t1 + x_dot
        i = i + 1
    return np.sum(y), np.sum(y_dot)
