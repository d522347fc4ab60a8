# s2s show ../../tests/cases/reductions.py::mean_axis_tuple --mode hvp --wrt 0
def mean_axis_tuple_hvp(x, x_dot):
    t1 = 0, 2
    t2 = x ** 2
    t3 = 1, 2
    t4 = unreduce(1.0, t2, axis=t3, keepdims=True) * (np.size(np.mean(t2, axis=t3, keepdims=True)) / np.size(t2)) * 2
    x_bar_dot = t4 * x_dot
    t5 = unreduce(2.0 * np.mean(x_dot, axis=t1), x, axis=t1) * (np.size(np.mean(x, axis=t1)) / np.size(x))
    x_bar_dot = x_bar_dot + t5
    return x_bar_dot
