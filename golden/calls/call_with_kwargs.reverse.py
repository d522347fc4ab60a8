# s2s show tests/cases/calls.py::call_with_kwargs --wrt 0
def call_with_kwargs_grad(x):
    t1 = 3.0 * x
    t2 = x + 1.0
    t3 = t1 * t2 + (0.5 * x + 2.0)
    t3_bar = unreduce(1.0, t3)
    x_bar = t3_bar * 0.5
    x_bar = x_bar + t3_bar * t1
    x_bar = x_bar + t3_bar * t2 * 3.0
    return np.sum(t3), x_bar
