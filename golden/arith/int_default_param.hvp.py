# s2s show tests/cases/arith.py::int_default_param --mode hvp --wrt 0
def int_default_param_hvp(x, k, x_dot):
    return zeros_like(k)
