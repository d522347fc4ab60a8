# s2s show tests/cases/calls.py::call_keyword_only --wrt 0
def call_keyword_only_grad(x):
    t1 = x * 0.5
    t2 = x * 2.0 + t1 ** 2
    t2_bar = unreduce(1.0, t2)
    x_bar = t2_bar * 2 * t1 * 0.5
    x_bar = x_bar + t2_bar * 2.0
    return np.sum(t2), x_bar
