# s2s show ../../tests/cases/inplace.py::augassign_broadcast_inplace --mode forward --wrt 0,1
def augassign_broadcast_inplace_jvp(x, b, x_dot, b_dot):
    y = x + b
    y_dot = x_dot + b_dot
    y_1 = y * b
    y_1_dot = y_dot * b + y * b_dot
    return np.sum(y_1 ** 2), np.sum(y_1_dot * 2 * y_1)
