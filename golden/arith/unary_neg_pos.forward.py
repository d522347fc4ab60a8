# s2s show tests/cases/arith.py::unary_neg_pos --mode forward --wrt 0,1
def unary_neg_pos_jvp(x, y, x_dot, y_dot):
    t1 = -x
    t2 = +y
    return np.sum(t1 * t2 - -(x * x)), np.sum(-x_dot * t2 + t1 * y_dot - -(x_dot * x + x * x_dot))
