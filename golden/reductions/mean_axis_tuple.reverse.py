# s2s show ../../tests/cases/reductions.py::mean_axis_tuple --wrt 0
def mean_axis_tuple_grad(x):
    t1 = 0, 2
    t2 = np.mean(x, axis=t1)
    t3 = x ** 2
    t4 = 1, 2
    t5 = unreduce(1.0, t3, axis=t4, keepdims=True) * (np.size(np.mean(t3, axis=t4, keepdims=True)) / np.size(t3)) * 2
    x_bar = t5 * x
    x_bar = x_bar + unreduce(2.0 * t2, x, axis=t1) * (np.size(t2) / np.size(x))
    return x_bar
