# s2s show ../../tests/cases/control.py::nested_for_while --mode hvp --wrt 0
def nested_for_while_hvp(x, x_dot):
    return zeros_like(x)
