# s2s show ../../tests/cases/reductions.py::argmax_as_index --mode forward --wrt 0
def argmax_as_index_jvp(x, x_dot):
    i = np.argmax(x)
    j = np.argmin(x)
    return x[i] * 2.0 + x[j] + np.sum(x), x_dot[i] * 2.0 + x_dot[j] + np.sum(x_dot)
