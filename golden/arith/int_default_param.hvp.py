# s2s show ../../tests/cases/arith.py::int_default_param --mode hvp --wrt 0
def int_default_param_hvp(x, k, x_dot):
    x_bar = broadcast_like(k, x)
    return zeros_like(x_bar)
