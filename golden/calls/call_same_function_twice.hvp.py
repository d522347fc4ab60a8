# s2s show tests/cases/calls.py::call_same_function_twice --mode hvp --wrt 0,1
def call_same_function_twice_hvp(x, y, x_dot, y_dot):
    t1 = x * x
    t2 = x + y
    t2_dot = x_dot + y_dot
    t3 = t2 * t2
    y_bar_dot = unreduce(1.0, y * y) * y_dot
    y_bar_dot = y_bar_dot + y_bar_dot
    t4 = unreduce(np.sum(x_dot * x + x * x_dot), t3) * t2 + unreduce(np.sum(t1), t3) * t2_dot
    t5 = t4 + t4
    y_bar_dot = y_bar_dot + unbroadcast(t5, y)
    t6 = unreduce(np.sum(t2_dot * t2 + t2 * t2_dot), t1) * x + unreduce(np.sum(t3), t1) * x_dot
    x_bar_dot = unbroadcast(t5, x) + t6
    x_bar_dot = x_bar_dot + t6
    return x_bar_dot, y_bar_dot
