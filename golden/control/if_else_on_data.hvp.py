# s2s show ../../tests/cases/control.py::if_else_on_data --mode hvp --wrt 0
def if_else_on_data_hvp(x, x_dot):
    t1 = np.sum(x) > 0
    if t1:
        y = x * 2.0
        y_dot = x_dot * 2.0
    else:
        y = np.sin(x)
        y_dot = x_dot * np.cos(x)
    y_bar = y + y
    y_bar_dot = y_dot + y_dot
    if t1:
        x_bar_dot = y_bar_dot * 2.0
    else:
        x_bar_dot = y_bar_dot * np.cos(x) - y_bar * (x_dot * np.sin(x))
    return x_bar_dot
