# s2s show ../../tests/cases/calls.py::call_same_function_twice --wrt 0,1
def call_same_function_twice_grad(x, y):
    t1 = x + y
    y_bar = y + y
    t1_bar = np.sum(x * x) * t1
    t1_bar1 = t1_bar + t1_bar
    y_bar = y_bar + unbroadcast(t1_bar1, y)
    t2 = np.sum(t1 * t1) * x
    x_bar = unbroadcast(t1_bar1, x) + t2
    x_bar = x_bar + t2
    return x_bar, y_bar
