# s2s show tests/cases/calls.py::call_keyword_only --mode hvp --wrt 0
def call_keyword_only_hvp(x, x_dot):
    t1 = x * 0.5
    t3 = unreduce(1.0, x * 2.0 + t1 ** 2)
    t2 = t3 * 2
    x_bar = t2 * t1 * 0.5
    x_bar_dot = t2 * (x_dot * 0.5) * 0.5
    x_bar = x_bar + t3 * 2.0
    return broadcast_like(x_bar_dot, x_bar)
