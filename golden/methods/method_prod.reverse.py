# s2s show ../../tests/cases/methods.py::method_prod --wrt 0
def method_prod_grad(x):
    x_bar = unprod(1.0, x, axis=0)
    x_bar = x_bar + unprod(1.0, x)
    return x_bar
