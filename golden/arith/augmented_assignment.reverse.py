# s2s show ../../tests/cases/arith.py::augmented_assignment --wrt 0,1
def augmented_assignment_grad(x, y):
    z = x ** 2
    z = z + y
    z_bar = unbroadcast(x, z)
    x_bar = unbroadcast(z, x) + unbroadcast(z_bar * 2 * x, x)
    t1 = -0.3333333333333333 * y
    y_bar = unbroadcast(z_bar, y) + t1
    y_bar = y_bar + t1
    x_bar = x_bar + 0.6666666666666666
    return x_bar, y_bar
