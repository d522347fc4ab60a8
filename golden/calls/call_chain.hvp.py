# s2s show ../../tests/cases/calls.py::call_chain --mode hvp --wrt 0,1
def call_chain_hvp(x, y, x_dot, y_dot):
    t1 = x * y
    t1_dot = x_dot * y + x * y_dot
    t2 = np.sin(t1)
    t3 = np.cos(t1)
    t4 = t1_dot * t3 * 2.0 + y_dot
    t2_bar = (t2 * 2.0 + y) * 4.0
    t1_bar = t2_bar * t3
    t1_bar_dot = t4 * 4.0 * t3 - t2_bar * (t1_dot * t2)
    x_bar_dot = t1_bar_dot * y + t1_bar * y_dot
    y_bar_dot = unbroadcast(2.0 * t4, y) + unbroadcast(t1_bar_dot * x + t1_bar * x_dot, y)
    x_bar_dot = unbroadcast(x_bar_dot, x)
    return x_bar_dot, y_bar_dot
