# s2s show ../../tests/cases/shapes.py::index_by_int_param --mode forward --wrt 0
def index_by_int_param_jvp(x, i, x_dot):
    t1 = x[i]
    t2 = i - 1
    t3 = x[t2, i]
    t4 = -i
    t5 = x[0, t4]
    t6 = np.sum(x_dot[i] * 2 * t1) + (x_dot[t2, i] * t5 + t3 * x_dot[0, t4])
    return np.sum(t1 ** 2) + t3 * t5, t6
