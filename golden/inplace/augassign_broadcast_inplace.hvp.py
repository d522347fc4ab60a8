# s2s show tests/cases/inplace.py::augassign_broadcast_inplace --mode hvp --wrt 0,1
def augassign_broadcast_inplace_hvp(x, b, x_dot, b_dot):
    y = x + b
    y_dot_1 = x_dot + b_dot
    y_1 = y * b
    y_1_dot = y_dot_1 * b + y * b_dot
    y_1_bar = 2.0 * y_1
    y_1_bar_dot = 2.0 * y_1_dot
    y_dot = y_1_bar_dot * b + y_1_bar * b_dot
    b_bar_dot = y_1_bar_dot * y + y_1_bar * y_dot_1
    b_bar_dot = unbroadcast(b_bar_dot, b) + unbroadcast(y_dot, b)
    x_bar_dot = unbroadcast(y_dot, x)
    return x_bar_dot, b_bar_dot
