# s2s show ../../tests/cases/calls.py::call_with_kwargs --mode hvp --wrt 0
def call_with_kwargs_hvp(x, x_dot):
    x_bar_dot = 3.0 * x_dot + x_dot * 3.0
    return x_bar_dot
