# s2s show ../../tests/cases/control.py::while_compound_condition --mode forward --wrt 0
def while_compound_condition_jvp(x, x_dot):
    i, y, y_dot = 0, x, x_dot
    while True:
        t1 = i < 20
        if t1:
            t2 = np.sum(y) < 30.0
        else:
            t2 = t1
        if not t2:
            break
        y = y * 1.2 + 0.1
        i = i + 1
        y_dot = y_dot * 1.2
    return np.sum(y * x), np.sum(y_dot * x + y * x_dot)
