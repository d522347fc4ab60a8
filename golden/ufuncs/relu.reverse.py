# s2s show ../../tests/cases/ufuncs.py::relu --wrt 0,1
def relu_grad(x, y):
    x_bar = y * np.where(x == 0.0, 0.5, x > 0.0)
    x_bar = unbroadcast(x_bar, x)
    y_bar = unbroadcast(np.maximum(x, 0.0), y)
    return x_bar, y_bar
