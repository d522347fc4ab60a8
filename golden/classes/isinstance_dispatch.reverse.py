# s2s show tests/cases/classes.py::isinstance_dispatch --mode reverse --wrt 0,1
def isinstance_dispatch_grad(x, y):
    if True:
        x_bar, y_bar = unbroadcast(y, x), unbroadcast(x, y)
    else:
        y_bar = zeros_like(y)
        x_bar = broadcast_like(1.0, x)
    return x_bar, y_bar
