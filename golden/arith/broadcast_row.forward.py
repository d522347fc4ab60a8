# s2s show ../../tests/cases/arith.py::broadcast_row --mode forward --wrt 0,1
def broadcast_row_jvp(x, b, x_dot, b_dot):
    t1 = x + b
    t2 = x - b
    return np.sum(t1 * t2), np.sum((x_dot + b_dot) * t2 + t1 * (x_dot - b_dot))
