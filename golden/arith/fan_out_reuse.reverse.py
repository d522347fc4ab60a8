# s2s show ../../tests/cases/arith.py::fan_out_reuse --wrt 0
def fan_out_reuse_grad(x):
    y = x * x
    t1 = y * y
    z = t1 + y
    y_bar = z + y
    y_bar = y_bar + t1
    y_bar = y_bar + t1
    t2 = y_bar * x
    x_bar = 1.0 + t2
    x_bar = x_bar + t2
    return x_bar
