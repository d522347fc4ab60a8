# s2s show ../../tests/cases/inplace.py::augassign_broadcast_inplace --mode hvp --wrt 0,1
def augassign_broadcast_inplace_hvp(x, b, x_dot, b_dot):
    y = x + b
    y_dot = x_dot + b_dot
    y_1 = y * b
    y_1_dot = y_dot * b + y * b_dot
    y_1_bar = 2.0 * y_1
    y_1_bar_dot = 2.0 * y_1_dot
    y_bar_dot = y_1_bar_dot * b + y_1_bar * b_dot
    b_bar_dot = y_1_bar_dot * y + y_1_bar * y_dot
    b_bar_dot = unbroadcast(b_bar_dot, b) + unbroadcast(y_bar_dot, b)
    x_bar_dot = unbroadcast(y_bar_dot, x)
    return x_bar_dot, b_bar_dot
