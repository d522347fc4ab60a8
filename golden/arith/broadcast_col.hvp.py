# s2s show ../../tests/cases/arith.py::broadcast_col --mode hvp --wrt 0,1
def broadcast_col_hvp(x, c, x_dot, c_dot):
    t4 = c_dot * c + c * c_dot
    t1 = c * c + 1.0
    t2 = x * c / t1
    t5 = -((x_dot * c + x * c_dot - t2 * t4) / t1)
    t1_bar = -t2 / t1
    c_bar_dot = (t5 - t1_bar * t4) / t1 * c + t1_bar * c_dot
    t3 = unbroadcast(c_bar_dot, c)
    c_bar_dot = t3 + t3
    x_bar = c / t1
    x_bar_dot = (c_dot - x_bar * t4) / t1
    c_bar_dot = c_bar_dot + unbroadcast((x_dot - x / t1 * t4) / t1, c)
    x_bar_dot = unbroadcast(x_bar_dot, x)
    return x_bar_dot, c_bar_dot
