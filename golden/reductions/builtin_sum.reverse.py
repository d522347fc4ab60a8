# s2s show tests/cases/reductions.py::builtin_sum --wrt 0
def builtin_sum_grad(x):
    t1 = x * x
    x_bar = unreduce(1.0, t1) * x
    x_bar = x_bar + x_bar
    return sum(t1), x_bar
