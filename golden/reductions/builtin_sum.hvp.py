# s2s show ../../tests/cases/reductions.py::builtin_sum --mode hvp --wrt 0
def builtin_sum_hvp(x, x_dot):
    x_bar_dot = x_dot + x_dot
    return x_bar_dot
