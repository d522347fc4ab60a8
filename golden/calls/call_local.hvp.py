# s2s show ../../tests/cases/calls.py::call_local --mode hvp --wrt 0
def call_local_hvp(x, x_dot):
    t1 = np.sin(x)
    t2 = np.cos(x)
    t1_dot = x_dot * t2
    x_bar_dot = (t1_dot + t1_dot) * t2 - (t1 + t1) * (x_dot * t1)
    x_bar_dot = x_bar_dot + x_dot
    x_bar_dot = x_bar_dot + x_dot
    return x_bar_dot
