# s2s show ../../tests/cases/control.py::if_elif_else_scalar --wrt 0,1
def if_elif_else_scalar_grad(a, b):
    t1 = a < -1.0
    if not t1:
        t2 = a < 1.0
        if t2:
            b_bar = a * a
        else:
            r = b / a
    if t1:
        a_bar = 1.0 + b
        b_bar = a
    elif t2:
        t3 = b * a
        a_bar = 1.0 + t3
        a_bar = a_bar + t3
    else:
        b_bar = 1.0 / a
        a_bar = 1.0 + -r / a
    return a_bar, b_bar
