# s2s show tests/cases/arith.py::int_default_param --mode hvp --wrt 0
def int_default_param_hvp(x, k, x_dot):
    x_bar = broadcast_like(1.0, x * k) * k
    x_bar = unbroadcast(x_bar, x)
    return zeros_like(x_bar)
