# s2s show tests/cases/methods.py::method_positional_axis --mode hvp --wrt 0
def method_positional_axis_hvp(x, x_dot):
    t1 = np.sum(x, 0)
    t2 = np.sum(x, 1)
    t3 = np.max(x, 0)
    x_bar = unreduce_extremum(unreduce(1.0, t3), x, t3, axis=0)
    t4 = unreduce(1.0, t2 ** 2) * 2
    x_bar = x_bar + unreduce(t4 * t2, x, axis=1)
    t5 = unreduce(1.0, t1 ** 2) * 2
    x_bar = x_bar + unreduce(t5 * t1, x, axis=0)
    x_bar_dot = unreduce(t4 * np.sum(x_dot, axis=1), x, axis=1) + unreduce(t5 * np.sum(x_dot, axis=0), x, axis=0)
    return broadcast_like(x_bar_dot, x_bar)
