# s2s show ../../tests/cases/arith.py::add_sub_mul_div --mode forward --wrt 0,1
def add_sub_mul_div_jvp(x, y, x_dot, y_dot):
    t1 = y * y + 1.0
    t2 = x / t1
    t3 = x_dot * y + x * y_dot - (x_dot - t2 * (y_dot * y + y * y_dot)) / t1
    return np.sum(x * y - t2 + 2.0 * x - y), np.sum(t3 + 2.0 * x_dot - y_dot)
