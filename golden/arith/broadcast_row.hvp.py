# s2s show tests/cases/arith.py::broadcast_row --mode hvp --wrt 0,1
def broadcast_row_hvp(x, b, x_dot, b_dot):
    t1 = broadcast_like(1.0, (x + b) * (x - b))
    t2 = t1 * (x_dot - b_dot)
    t3 = t1 * (x_dot + b_dot)
    b_bar_dot = -t3
    x_bar_dot = unbroadcast(t3, x) + unbroadcast(t2, x)
    b_bar_dot = unbroadcast(b_bar_dot, b) + unbroadcast(t2, b)
    return x_bar_dot, b_bar_dot
