# s2s show ../../tests/cases/arith.py::int_default_param --wrt 0
def int_default_param_grad(x, k=3):
    x_bar = broadcast_like(k, x)
    return x_bar
