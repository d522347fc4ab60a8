# s2s show tests/cases/calls.py::call_same_function_twice --wrt 0,1
def call_same_function_twice_grad(x, y):
    t1 = x * x
    t2 = np.sum(t1)
    t3 = x + y
    t4 = t3 * t3
    t5 = np.sum(t4)
    t6 = y * y
    y_bar = unreduce(1.0, t6) * y
    y_bar = y_bar + y_bar
    t3_bar = unreduce(t2, t4) * t3
    t3_bar1 = t3_bar + t3_bar
    y_bar = y_bar + unbroadcast(t3_bar1, y)
    t7 = unreduce(t5, t1) * x
    x_bar = unbroadcast(t3_bar1, x) + t7
    x_bar = x_bar + t7
    return t2 * t5 + np.sum(t6), x_bar, y_bar
