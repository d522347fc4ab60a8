# s2s show tests/cases/methods.py::method_prod --mode hvp --wrt 0
def method_prod_hvp(x, x_dot):
    x_bar = unprod(1.0, x, axis=0) + unprod(1.0, x)
    return zeros_like(x_bar)
