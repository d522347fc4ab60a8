# s2s show ../../tests/cases/control.py::conditional_expression --wrt 0,1
def conditional_expression_grad(x, s):
    t1 = s > 0
    if t1:
        y = x * s
    else:
        t2 = x * s
        y = t2 * s
    y_bar = 2.0 * y
    if t1:
        x_bar = y_bar * s
        s_bar = y_bar * x
    else:
        t2_bar = y_bar * s
        s_bar = y_bar * t2
        x_bar = t2_bar * s
        s_bar = unbroadcast(s_bar, s) + unbroadcast(t2_bar * x, s)
    x_bar = unbroadcast(x_bar, x)
    s_bar = unbroadcast(s_bar, s)
    return x_bar, s_bar
