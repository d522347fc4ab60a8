# s2s show ../../tests/cases/closures.py::global_scalar --mode hvp --wrt 0
def global_scalar_hvp(x, x_dot):
    x_bar_dot = SCALE * 2 * x_dot
    return x_bar_dot
