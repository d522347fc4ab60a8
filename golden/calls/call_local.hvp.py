# s2s show tests/cases/calls.py::call_local --mode hvp --wrt 0
def call_local_hvp(x, x_dot):
    t1 = np.sin(x)
    t2 = np.cos(x)
    t4 = unreduce(1.0, x * x + t1 * t1)
    t1_bar = t4 * t1
    t1_bar_dot = t4 * (x_dot * t2)
    x_bar_dot = (t1_bar_dot + t1_bar_dot) * t2 + (t1_bar + t1_bar) * (x_dot * -t1)
    t3 = t4 * x_dot
    x_bar_dot = x_bar_dot + t3
    x_bar_dot = x_bar_dot + t3
    return x_bar_dot
