# s2s show ../../tests/cases/arith.py::broadcast_col --mode forward --wrt 0,1
def broadcast_col_jvp(x, c, x_dot, c_dot):
    t1 = c * c + 1.0
    t2 = x * c / t1
    t3 = x_dot * c + x * c_dot - t2 * (c_dot * c + c * c_dot)
    return np.sum(t2), np.sum(t3 / t1)
