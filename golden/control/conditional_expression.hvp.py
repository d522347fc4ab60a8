# s2s show ../../tests/cases/control.py::conditional_expression --mode hvp --wrt 0,1
def conditional_expression_hvp(x, s, x_dot, s_dot):
    t1 = s > 0
    if t1:
        y, y_dot = x * s, x_dot * s + x * s_dot
    else:
        t2 = x * s
        t2_dot = x_dot * s + x * s_dot
        y, y_dot = t2 * s, t2_dot * s + t2 * s_dot
    y_bar = 2.0 * y
    y_bar_dot = 2.0 * y_dot
    if t1:
        x_bar_dot = y_bar_dot * s + y_bar * s_dot
        s_bar_dot = y_bar_dot * x + y_bar * x_dot
    else:
        t2_bar = y_bar * s
        t2_bar_dot = y_bar_dot * s + y_bar * s_dot
        s_bar_dot = y_bar_dot * t2 + y_bar * t2_dot
        x_bar_dot = t2_bar_dot * s + t2_bar * s_dot
        s_bar_dot = unbroadcast(s_bar_dot, s) + unbroadcast(t2_bar_dot * x + t2_bar * x_dot, s)
    x_bar_dot = unbroadcast(x_bar_dot, x)
    s_bar_dot = unbroadcast(s_bar_dot, s)
    return x_bar_dot, s_bar_dot
