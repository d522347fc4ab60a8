# s2s show tests/cases/arith.py::unary_neg_pos --wrt 0,1
def unary_neg_pos_grad(x, y):
    t1 = +y
    t2 = -(t1 * x) + x * x
    t2_bar = broadcast_like(1.0, t2)
    x_bar = t2_bar * x
    t3 = unbroadcast(x_bar, x)
    x_bar = t3 + t3
    x_bar = x_bar + unbroadcast(-(t1 * t2_bar), x)
    y_bar = unbroadcast(-(x * t2_bar), y)
    return np.sum(t2), x_bar, y_bar
