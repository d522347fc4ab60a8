# s2s show tests/cases/arith.py::broadcast_row --mode hvp --wrt 0,1
def broadcast_row_hvp(x, b, x_dot, b_dot):
    t3 = unreduce(1.0, (x + b) * (x - b))
    t1 = t3 * (x_dot - b_dot)
    t2 = t3 * (x_dot + b_dot)
    b_bar_dot = -t2
    x_bar_dot = unbroadcast(t2, x) + unbroadcast(t1, x)
    b_bar_dot = unbroadcast(b_bar_dot, b) + unbroadcast(t1, b)
    return x_bar_dot, b_bar_dot
