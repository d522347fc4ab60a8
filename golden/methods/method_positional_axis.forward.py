# s2s show ../../tests/cases/methods.py::method_positional_axis --mode forward --wrt 0
def method_positional_axis_jvp(x, x_dot):
    t1 = np.sum(x, 0)
    t2 = np.sum(x, 1)
    t5 = np.sum(np.sum(x_dot, axis=0) * 2 * t1) + np.sum(np.sum(x_dot, axis=1) * 2 * t2)
    t3 = np.max(x, 0)
    t4 = np.sum(t1 ** 2) + np.sum(t2 ** 2) + np.sum(t3)
    return t4, t5 + np.sum(np.sum(x_dot * unreduce_extremum(1.0, x, t3, axis=0), axis=0))
