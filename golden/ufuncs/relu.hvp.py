# s2s show ../../tests/cases/ufuncs.py::relu --mode hvp --wrt 0,1
def relu_hvp(x, y, x_dot, y_dot):
    t1 = x == 0.0
    t2 = x > 0.0
    x_bar_dot = y_dot * np.where(t1, 0.5, t2)
    x_bar_dot = unbroadcast(x_bar_dot, x)
    y_bar_dot = unbroadcast(np.where(t1, x_dot / 2, np.where(t2, x_dot, 0.0)), y)
    return x_bar_dot, y_bar_dot
