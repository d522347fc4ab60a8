# s2s show ../../tests/cases/methods.py::method_positional_axis --wrt 0
def method_positional_axis_grad(x):
    x_bar = unreduce_extremum(1.0, x, np.max(x, 0), axis=0)
    x_bar = x_bar + np.expand_dims(2.0 * np.sum(x, 1), 1)
    x_bar = x_bar + np.expand_dims(2.0 * np.sum(x, 0), 0)
    return x_bar
