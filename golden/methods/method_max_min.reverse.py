# s2s show ../../tests/cases/methods.py::method_max_min --wrt 0
def method_max_min_grad(x):
    t1 = np.min(x)
    t2 = np.max(x)
    x_bar = unreduce_extremum(t1, x, t2)
    x_bar = x_bar + unreduce_extremum(t2, x, t1)
    x_bar = x_bar + unreduce_extremum(1.0, x, np.max(x, axis=1), axis=1)
    return x_bar
