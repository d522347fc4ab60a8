# s2s show ../../tests/cases/arith.py::tuple_unpacking --mode hvp --wrt 0,1
def tuple_unpacking_hvp(x, y, x_dot, y_dot):
    a = x * 2.0
    a_dot = x_dot * 2.0
    b = y + 1.0
    t1 = b * a
    t1_dot = y_dot * a + b * a_dot
    t2 = b - a
    t2_dot = y_dot - a_dot
    t4 = broadcast_like(1.0, t1 + t1 * t2 * x)
    t5 = t4 * x
    t5_dot = t4 * x_dot
    x_bar_dot = t4 * (t1_dot * t2 + t1 * t2_dot)
    t6 = unbroadcast(t5_dot * t2 + t5 * t2_dot, t1)
    t1_bar = unbroadcast(t4, t1) + unbroadcast(t5 * t2, t1)
    t3 = t5_dot * t1 + t5 * t1_dot
    b_bar_dot = unbroadcast(t3, b) + unbroadcast(broadcast_like(t6 * a + t1_bar * a_dot, t1_bar * a), b)
    a_bar_dot = unbroadcast(broadcast_like(t6 * b + t1_bar * y_dot, t1_bar * b), a) - unbroadcast(t3, a)
    x_bar_dot = unbroadcast(x_bar_dot, x) + a_bar_dot * 2.0
    return x_bar_dot, b_bar_dot
