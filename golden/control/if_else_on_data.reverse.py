# s2s show ../../tests/cases/control.py::if_else_on_data --wrt 0
def if_else_on_data_grad(x):
    t1 = np.sum(x) > 0
    if t1:
        y = x * 2.0
    else:
        y = np.sin(x)
    y_bar = y + y
    if t1:
        x_bar = y_bar * 2.0
    else:
        x_bar = y_bar * np.cos(x)
    return x_bar
