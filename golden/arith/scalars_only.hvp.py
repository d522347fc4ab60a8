# s2s show ../../tests/cases/arith.py::scalars_only --mode hvp --wrt 0,1
def scalars_only_hvp(a, b, a_dot, b_dot):
    t1 = a_dot * b + a * b_dot
    t2 = a / b
    a_bar_dot = -t1
    a_bar_dot = a_bar_dot - t1
    b_bar_dot = -3.0 * (b_dot * 2 * b) - (a_dot * a + a * a_dot)
    a_bar_dot = a_bar_dot + -(b_dot / b) / b
    t3 = -((a_dot - t2 * b_dot) / b) - -t2 / b * b_dot
    b_bar_dot = b_bar_dot + t3 / b
    a_bar_dot = a_bar_dot + b_dot
    b_bar_dot = b_bar_dot + a_dot
    return a_bar_dot, b_bar_dot
