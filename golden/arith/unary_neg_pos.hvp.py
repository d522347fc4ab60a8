# s2s show ../../tests/cases/arith.py::unary_neg_pos --mode hvp --wrt 0,1
def unary_neg_pos_hvp(x, y, x_dot, y_dot):
    t2 = broadcast_like(1.0, x * x - +y * x)
    x_bar_dot = t2 * x_dot
    t1 = unbroadcast(x_bar_dot, x)
    x_bar_dot = t1 + t1
    x_bar_dot = x_bar_dot - unbroadcast(y_dot * t2, x)
    y_bar_dot = -unbroadcast(x_dot * t2, y)
    return x_bar_dot, y_bar_dot
