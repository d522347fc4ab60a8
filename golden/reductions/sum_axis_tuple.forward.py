# s2s show ../../tests/cases/reductions.py::sum_axis_tuple --mode forward --wrt 0
def sum_axis_tuple_jvp(x, x_dot):
    t1 = 0, 2
    t2 = np.sum(x, axis=t1)
    return np.sum(t2 ** 2), np.sum(np.sum(x_dot, axis=t1) * 2 * t2)
