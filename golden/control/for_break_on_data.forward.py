# s2s show ../../tests/cases/control.py::for_break_on_data --mode forward --wrt 0
def for_break_on_data_jvp(x, x_dot):
    n = len(range(20))
    broke, j, y, y_dot = False, 0, x, x_dot
    while j < n and (not broke):
        j = j + 1
        y = y * 1.5
        y_dot = y_dot * 1.5
        if np.sum(y * y) > 50.0:
            broke = True
    return np.sum(y), np.sum(y_dot)
