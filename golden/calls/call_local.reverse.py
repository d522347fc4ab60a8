# s2s show tests/cases/calls.py::call_local --wrt 0
def call_local_grad(x):
    t1 = np.sin(x)
    t2 = x * x + t1 * t1
    t2_bar = unreduce(1.0, t2)
    t1_bar = t2_bar * t1
    x_bar = (t1_bar + t1_bar) * np.cos(x)
    t3 = t2_bar * x
    x_bar = x_bar + t3
    x_bar = x_bar + t3
    return np.sum(t2), x_bar
