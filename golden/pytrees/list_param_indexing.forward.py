# s2s show ../../tests/cases/pytrees.py::list_param_indexing --mode forward --wrt 0
def list_param_indexing_jvp(xs, xs_dot):
    t1 = xs[0]
    t2 = xs[1]
    t3 = xs[2]
    t4 = t3 ** 2
    t5 = xs[-1]
    t6 = xs_dot[2] * 2 * t3 * t5 + t4 * xs_dot[-1]
    t7 = np.sum(xs_dot[0] * t2 + t1 * xs_dot[1] + t6)
    return np.sum(t1 * t2 + t4 * t5), t7
