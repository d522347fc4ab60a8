# s2s show ../../tests/cases/calls.py::call_same_function_twice --mode hvp --wrt 0,1
def call_same_function_twice_hvp(x, y, x_dot, y_dot):
    t1 = x + y
    t1_dot = x_dot + y_dot
    y_bar_dot = y_dot + y_dot
    t2 = np.sum(x_dot * x + x * x_dot) * t1 + np.sum(x * x) * t1_dot
    t3 = t2 + t2
    y_bar_dot = y_bar_dot + unbroadcast(t3, y)
    t4 = np.sum(t1_dot * t1 + t1 * t1_dot) * x + np.sum(t1 * t1) * x_dot
    x_bar_dot = unbroadcast(t3, x) + t4
    x_bar_dot = x_bar_dot + t4
    return x_bar_dot, y_bar_dot
