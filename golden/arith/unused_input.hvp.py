# s2s show ../../tests/cases/arith.py::unused_input --mode hvp --wrt 0,1
def unused_input_hvp(x, y, x_dot, y_dot):
    x_bar_dot = x_dot + x_dot
    return x_bar_dot, zeros_like(y)
