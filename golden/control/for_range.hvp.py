# s2s show ../../tests/cases/control.py::for_range --mode hvp --wrt 0
def for_range_hvp(x, x_dot):
    return zeros_like(x)
