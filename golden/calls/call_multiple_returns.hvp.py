# s2s show ../../tests/cases/calls.py::call_multiple_returns --mode hvp --wrt 0
def call_multiple_returns_hvp(x, x_dot):
    t1 = x[1:]
    t1_dot = x_dot[1:]
    t2 = x_dot[0] * 2 * t1 + x[0] * 2 * t1_dot
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, np.s_[1:], t2)
    x_bar_dot = add_into(x_bar_dot, 0, np.sum(t1_dot * 2 * t1))
    return x_bar_dot
