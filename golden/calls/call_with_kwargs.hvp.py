# s2s show tests/cases/calls.py::call_with_kwargs --mode hvp --wrt 0
def call_with_kwargs_hvp(x, x_dot):
    t1 = 3.0 * x
    t2 = x + 1.0
    t3 = unreduce(1.0, t1 * t2 + (0.5 * x + 2.0))
    x_bar = t3 * 0.5
    x_bar = x_bar + t3 * t1
    x_bar = x_bar + t3 * t2 * 3.0
    x_bar_dot = t3 * (3.0 * x_dot) + t3 * x_dot * 3.0
    return broadcast_like(x_bar_dot, x_bar)
