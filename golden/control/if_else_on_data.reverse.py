# s2s show tests/cases/control.py::if_else_on_data --wrt 0
def if_else_on_data_grad(x):
    t1 = np.sum(x) > 0
    if t1:
        y = x * 2.0
    else:
        y = np.sin(x)
    t2 = y * y
    y_bar = unreduce(1.0, t2) * y
    y_bar = y_bar + y_bar
    if t1:
        x_bar = y_bar * 2.0
    else:
        x_bar = y_bar * np.cos(x)
    return np.sum(t2), x_bar
