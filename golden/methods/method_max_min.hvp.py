# s2s show ../../tests/cases/methods.py::method_max_min --mode hvp --wrt 0
def method_max_min_hvp(x, x_dot):
    t1 = np.min(x)
    t2 = np.max(x)
    x_bar = unreduce_extremum(t1, x, t2)
    x_bar_dot = unreduce_extremum(np.sum(x_dot * unreduce_extremum(1.0, x, t1)), x, t2)
    x_bar = x_bar + unreduce_extremum(t2, x, t1)
    x_bar_dot = x_bar_dot + unreduce_extremum(np.sum(x_dot * unreduce_extremum(1.0, x, t2)), x, t1)
    x_bar = x_bar + unreduce_extremum(1.0, x, np.max(x, axis=1), axis=1)
    return broadcast_like(x_bar_dot, x_bar)
