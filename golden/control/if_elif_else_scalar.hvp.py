# s2s show ../../tests/cases/control.py::if_elif_else_scalar --mode hvp --wrt 0,1
def if_elif_else_scalar_hvp(a, b, a_dot, b_dot):
    t1 = a < -1.0
    if not t1:
        t2 = a < 1.0
        if t2:
            b_bar_dot = a_dot * a + a * a_dot
        else:
            r = b / a
            r_dot = (b_dot - r * a_dot) / a
    if t1:
        a_bar_dot, b_bar_dot = b_dot, a_dot
    elif t2:
        t3 = b_dot * a + b * a_dot
        a_bar_dot = t3 + t3
    else:
        b_bar_dot = -(a_dot / a) / a
        a_bar_dot = (-r_dot - -r / a * a_dot) / a
    return a_bar_dot, b_bar_dot
