# s2s show ../../tests/cases/arith.py::augmented_assignment --mode hvp --wrt 0,1
def augmented_assignment_hvp(x, y, x_dot, y_dot):
    z = x ** 2
    z_dot = x_dot * 2 * x
    z = z + y
    z_dot = z_dot + y_dot
    z_bar = unbroadcast(x, z)
    z_bar_dot = unbroadcast(x_dot, z)
    x_bar_dot = unbroadcast(z_dot, x) + unbroadcast(z_bar_dot * 2 * x + z_bar * 2 * x_dot, x)
    t1 = -0.3333333333333333 * y_dot
    y_bar_dot = unbroadcast(z_bar_dot, y) + t1
    y_bar_dot = y_bar_dot + t1
    return x_bar_dot, y_bar_dot
