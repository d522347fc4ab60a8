# s2s show tests/cases/arith.py::broadcast_both --mode hvp --wrt 0,1
def broadcast_both_hvp(a, b, a_dot, b_dot):
    t1 = a - b
    t1_dot = a_dot - b_dot
    t2 = broadcast_like(1.0, t1 ** 2 * a)
    a_bar_dot = t2 * (t1_dot * 2 * t1)
    t3 = t2 * a_dot * 2 * t1 + t2 * a * 2 * t1_dot
    a_bar_dot = unbroadcast(a_bar_dot, a) + unbroadcast(t3, a)
    b_bar_dot = -t3
    b_bar_dot = unbroadcast(b_bar_dot, b)
    return a_bar_dot, b_bar_dot
