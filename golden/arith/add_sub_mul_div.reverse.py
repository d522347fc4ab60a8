# s2s show tests/cases/arith.py::add_sub_mul_div --wrt 0,1
def add_sub_mul_div_grad(x, y):
    t1 = y * y + 1.0
    t2 = x / t1
    t3 = x * y - t2 + 2.0 * x - y
    t3_bar = broadcast_like(1.0, t3)
    y_bar = -t3_bar
    x_bar = t3_bar * 2.0
    x_bar = unbroadcast(x_bar, x) + unbroadcast(y_bar / t1, x)
    t4 = unbroadcast(t3_bar * t2 / t1 * y, y)
    y_bar = unbroadcast(y_bar, y) + t4
    y_bar = y_bar + t4
    x_bar = x_bar + unbroadcast(t3_bar * y, x)
    y_bar = y_bar + unbroadcast(t3_bar * x, y)
    return np.sum(t3), x_bar, y_bar
