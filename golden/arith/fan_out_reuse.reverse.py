# s2s show tests/cases/arith.py::fan_out_reuse --wrt 0
def fan_out_reuse_grad(x):
    y = x * x
    z = y * y + y
    t1 = z * y + x
    t1_bar = unreduce(1.0, t1)
    z_bar = t1_bar * y
    y_bar = t1_bar * z
    y_bar = y_bar + z_bar
    t2 = z_bar * y
    y_bar = y_bar + t2
    y_bar = y_bar + t2
    t3 = y_bar * x
    x_bar = t1_bar + t3
    x_bar = x_bar + t3
    return np.sum(t1), x_bar
