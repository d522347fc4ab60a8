# s2s show tests/cases/arith.py::mod_operator --wrt 0,1
def mod_operator_grad(x, y):
    t1 = x % 1.5
    t2 = t1 * y + x % y
    t2_bar = broadcast_like(1.0, t2)
    y_bar = -(x // y * t2_bar)
    y_bar = unbroadcast(y_bar, y) + unbroadcast(t2_bar * t1, y)
    x_bar = unbroadcast(t2_bar, x) + unbroadcast(t2_bar * y, x)
    return np.sum(t2), x_bar, y_bar
