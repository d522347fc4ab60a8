# s2s show tests/cases/arith.py::augmented_assignment --wrt 0,1
def augmented_assignment_grad(x, y):
    s = np.sum(x) * 2.0
    t1 = y * y
    s = s - np.sum(t1)
    s = s / 3.0
    z = x ** 2
    z = z + y
    z_1 = z * x
    s = s + np.sum(z_1)
    z_1_bar = unreduce(1.0, z_1)
    z_bar = z_1_bar * x
    x_bar = z_1_bar * z
    x_bar = unbroadcast(x_bar, x) + unbroadcast(z_bar * 2 * x, x)
    t2 = unreduce(-0.3333333333333333, t1) * y
    y_bar = unbroadcast(z_bar, y) + t2
    y_bar = y_bar + t2
    x_bar = x_bar + unreduce(0.6666666666666666, x)
    return s, x_bar, y_bar
