# s2s show tests/cases/arith.py::broadcast_col --mode hvp --wrt 0,1
def broadcast_col_hvp(x, c, x_dot, c_dot):
    t5 = c_dot * c + c * c_dot
    t1 = c * c + 1.0
    t2 = x * c / t1
    t3 = broadcast_like(1.0, t2)
    t6 = t3 / t1
    t6_dot = -(t6 * t5) / t1
    t7 = (x_dot * c + x * c_dot - t2 * t5) / t1 * t3
    t1_bar = -(t2 * t3) / t1
    c_bar_dot = (-t7 - t1_bar * t5) / t1 * c + t1_bar * c_dot
    t4 = unbroadcast(c_bar_dot, c)
    c_bar_dot = t4 + t4
    x_bar_dot = t6_dot * c + t6 * c_dot
    c_bar_dot = c_bar_dot + unbroadcast(t6_dot * x + t6 * x_dot, c)
    x_bar_dot = unbroadcast(x_bar_dot, x)
    return x_bar_dot, c_bar_dot
