# s2s show tests/cases/arith.py::unary_neg_pos --wrt 0,1
def unary_neg_pos_grad(x, y):
    t1 = -x
    t2 = +y
    t3 = t1 * t2 - -(x * x)
    t3_bar = unreduce(1.0, t3)
    x_bar = t3_bar * x
    t4 = unbroadcast(x_bar, x)
    x_bar = t4 + t4
    x_bar = x_bar + unbroadcast(-(t3_bar * t2), x)
    y_bar = unbroadcast(t3_bar * t1, y)
    return np.sum(t3), x_bar, y_bar
