# s2s show ../../tests/cases/arith.py::add_sub_mul_div --mode hvp --wrt 0,1
def add_sub_mul_div_hvp(x, y, x_dot, y_dot):
    t5 = y_dot * y + y * y_dot
    t1 = y * y + 1.0
    t2 = x / t1
    t6 = broadcast_like(1.0, x * y - t2 + 2.0 * x - y)
    y_bar = -t6
    x_bar = t6 * 2.0
    t3 = y_bar / t1
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t3, x)
    t1_bar = t6 * t2 / t1
    t1_bar_dot = (t6 * ((x_dot - t2 * t5) / t1) - t1_bar * t5) / t1
    t4 = unbroadcast(t1_bar * y, y)
    t4_dot = unbroadcast(t1_bar_dot * y + t1_bar * y_dot, y)
    y_bar = t4 - unbroadcast(t6, y)
    y_bar = y_bar + t4
    y_bar_dot = t4_dot + t4_dot
    x_bar = x_bar + unbroadcast(t6 * y, x)
    x_bar_dot = unbroadcast(-(t3 * t5) / t1, x) + unbroadcast(t6 * y_dot, x)
    y_bar = y_bar + unbroadcast(t6 * x, y)
    y_bar_dot = y_bar_dot + unbroadcast(t6 * x_dot, y)
    return broadcast_like(x_bar_dot, x_bar), broadcast_like(y_bar_dot, y_bar)
