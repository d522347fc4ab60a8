# s2s show tests/cases/methods.py::method_sum_axis --mode hvp --wrt 0
def method_sum_axis_hvp(x, x_dot):
    t1 = np.sum(x, axis=0)
    x_bar = unreduce(1.0, x)
    t2 = unreduce(1.0, t1 ** 2) * 2
    x_bar = x_bar + unreduce(t2 * t1, x, axis=0)
    return broadcast_like(unreduce(t2 * np.sum(x_dot, axis=0), x, axis=0), x_bar)
