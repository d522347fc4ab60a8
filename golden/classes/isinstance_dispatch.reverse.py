# s2s show ../../tests/cases/classes.py::isinstance_dispatch --mode reverse --wrt 0,1
def isinstance_dispatch_grad(x, y):
    x_bar = unbroadcast(y, x)
    y_bar = unbroadcast(x, y)
    return x_bar, y_bar
