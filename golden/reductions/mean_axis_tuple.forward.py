# s2s show ../../tests/cases/reductions.py::mean_axis_tuple --mode forward --wrt 0
def mean_axis_tuple_jvp(x, x_dot):
    t1 = 0, 2
    t2 = np.mean(x, axis=t1)
    t3 = 1, 2
    t4 = np.sum(np.mean(x_dot, axis=t1) * 2 * t2) + np.sum(np.mean(x_dot * 2 * x, axis=t3, keepdims=True))
    return np.sum(t2 ** 2) + np.sum(np.mean(x ** 2, axis=t3, keepdims=True)), t4
