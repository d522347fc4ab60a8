# s2s show ../../tests/cases/shapes.py::integer_array_index --mode forward --wrt 0
def integer_array_index_jvp(x, x_dot):
    t1 = x[IDX]
    t2 = np.array([4, 4, 1])
    t3 = np.sum(x_dot[IDX] * 2 * t1) + np.sum(x_dot[t2] * 3.0)
    return np.sum(t1 ** 2) + np.sum(x[t2] * 3.0), t3
