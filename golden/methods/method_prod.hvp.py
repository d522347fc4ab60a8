# s2s show ../../tests/cases/methods.py::method_prod --mode hvp --wrt 0
def method_prod_hvp(x, x_dot):
    x_bar_dot = unprod_jvp(1.0, x, x_dot, axis=0)
    x_bar_dot = x_bar_dot + unprod_jvp(1.0, x, x_dot)
    return x_bar_dot
