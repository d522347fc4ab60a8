# s2s show ../../tests/cases/calls.py::call_nested_in_expression --mode hvp --wrt 0,1
def call_nested_in_expression_hvp(x, y, x_dot, y_dot):
    t1 = np.sin(x)
    t2 = np.cos(x)
    t3 = t1 * 2.0
    t3_dot = x_dot * t2 * 2.0
    t4 = y * y
    t4_dot = y_dot * y + y * y_dot
    t5 = t3 * t4
    t5_dot = t3_dot * t4 + t3 * t4_dot
    t6 = np.sin(t5)
    t7 = np.cos(t5)
    t8 = t6 * 2.0 + t4
    t9 = np.sin(y)
    t10 = np.cos(y)
    y_bar_dot = (t5_dot * t7 * 2.0 + t4_dot) * 2.0 * t10 - t8 * 2.0 * (y_dot * t9)
    t8_bar = unbroadcast(t9 * 2.0, t8)
    t8_bar_dot = unbroadcast(y_dot * t10 * 2.0, t8)
    t6_bar = t8_bar * 2.0
    t5_bar = t6_bar * t7
    t5_bar_dot = t8_bar_dot * 2.0 * t7 - t6_bar * (t5_dot * t6)
    t11 = (unbroadcast(t8_bar_dot, t4) + unbroadcast(t5_bar_dot * t3 + t5_bar * t3_dot, t4)) * y
    t12 = t11 + (unbroadcast(t8_bar, t4) + unbroadcast(t5_bar * t3, t4)) * y_dot
    y_bar_dot = unbroadcast(y_bar_dot, y) + t12
    y_bar_dot = y_bar_dot + t12
    x_bar_dot = (t5_bar_dot * t4 + t5_bar * t4_dot) * 2.0 * t2 - t5_bar * t4 * 2.0 * (x_dot * t1)
    x_bar_dot = unbroadcast(x_bar_dot, x)
    return x_bar_dot, y_bar_dot
