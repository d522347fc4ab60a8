# s2s show ../../tests/cases/methods.py::method_positional_axis --mode hvp --wrt 0
def method_positional_axis_hvp(x, x_dot):
    x_bar = unreduce_extremum(1.0, x, np.max(x, 0), axis=0) + np.expand_dims(2.0 * np.sum(x, 1), 1)
    x_bar = x_bar + np.expand_dims(2.0 * np.sum(x, 0), 0)
    x_bar_dot = np.expand_dims(2.0 * np.sum(x_dot, axis=1), 1) + np.expand_dims(2.0 * np.sum(x_dot, axis=0), 0)
    return broadcast_like(x_bar_dot, x_bar)
