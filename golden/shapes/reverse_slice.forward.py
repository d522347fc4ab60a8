# s2s show ../../tests/cases/shapes.py::reverse_slice --mode forward --wrt 0
def reverse_slice_jvp(x, x_dot):
    t1 = x[::-1]
    t2 = x[3:0:-1]
    t3 = np.sum(x_dot[::-1] * x + t1 * x_dot) + np.sum(x_dot[3:0:-1] * 2 * t2)
    return np.sum(t1 * x) + np.sum(t2 ** 2), t3
