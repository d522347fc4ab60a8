# s2s show ../../tests/cases/arith.py::mod_operator --mode forward --wrt 0,1
def mod_operator_jvp(x, y, x_dot, y_dot):
    t1 = x % 1.5
    t2 = x_dot * y + t1 * y_dot + (x_dot - y_dot * (x // y))
    return np.sum(t1 * y + x % y), np.sum(t2)
