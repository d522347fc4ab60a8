# s2s show tests/cases/reductions.py::mean_axis_tuple --mode hvp --wrt 0
def mean_axis_tuple_hvp(x, x_dot):
    t1 = 0, 2
    t2 = np.mean(x, axis=t1)
    t3 = x ** 2
    t4 = 1, 2
    t5 = np.mean(t3, axis=t4, keepdims=True)
    x_bar_dot = unreduce(unreduce(1.0, t5), t3, axis=t4, keepdims=True) * (np.size(t5) / np.size(t3)) * 2 * x_dot
    x_bar_dot = x_bar_dot + unreduce(unreduce(1.0, t2 ** 2) * 2 * np.mean(x_dot, axis=t1), x, axis=t1) * (np.size(t2) / np.size(x))
    return x_bar_dot
