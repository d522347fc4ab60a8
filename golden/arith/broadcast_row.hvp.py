# s2s show ../../tests/cases/arith.py::broadcast_row --mode hvp --wrt 0,1
def broadcast_row_hvp(x, b, x_dot, b_dot):
    t1 = unbroadcast(x_dot + b_dot, x - b)
    t2 = unbroadcast(x_dot - b_dot, x + b)
    x_bar_dot = unbroadcast(t1, x) + unbroadcast(t2, x)
    b_bar_dot = unbroadcast(t2, b) - unbroadcast(t1, b)
    return x_bar_dot, b_bar_dot
