# s2s show ../../tests/cases/arith.py::broadcast_both --mode hvp --wrt 0,1
def broadcast_both_hvp(a, b, a_dot, b_dot):
    t1 = a - b
    t1_dot = a_dot - b_dot
    t2 = unbroadcast(a_dot * 2 * t1 + a * 2 * t1_dot, t1)
    a_bar_dot = unbroadcast(t1_dot * 2 * t1, a) + unbroadcast(t2, a)
    b_bar_dot = -unbroadcast(t2, b)
    return a_bar_dot, b_bar_dot
