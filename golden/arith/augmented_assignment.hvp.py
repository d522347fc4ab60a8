# s2s show tests/cases/arith.py::augmented_assignment --mode hvp --wrt 0,1
def augmented_assignment_hvp(x, y, x_dot, y_dot):
    z = x ** 2
    z_dot = x_dot * 2 * x
    z = z + y
    z_dot = z_dot + y_dot
    z_1 = z * x
    z_1_bar = unreduce(1.0, z_1)
    z_bar = z_1_bar * x
    z_bar_dot = z_1_bar * x_dot
    x_bar = z_1_bar * z
    x_bar_dot = z_1_bar * z_dot
    t1 = z_bar * 2
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t1 * x, x)
    x_bar_dot = unbroadcast(x_bar_dot, x) + unbroadcast(z_bar_dot * 2 * x + t1 * x_dot, x)
    t2 = unreduce(-0.3333333333333333, y * y) * y_dot
    y_bar_dot = unbroadcast(z_bar_dot, y) + t2
    y_bar_dot = y_bar_dot + t2
    x_bar = x_bar + unreduce(0.6666666666666666, x)
    return broadcast_like(x_bar_dot, x_bar), y_bar_dot
