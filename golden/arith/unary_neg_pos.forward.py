# s2s show ../../tests/cases/arith.py::unary_neg_pos --mode forward --wrt 0,1
def unary_neg_pos_jvp(x, y, x_dot, y_dot):
    t1 = +y
    t2 = x_dot * x + x * x_dot - (y_dot * x + t1 * x_dot)
    return np.sum(x * x - t1 * x), np.sum(t2)
