# s2s show ../../tests/cases/calls.py::call_result_indexed --mode forward --wrt 0
def call_result_indexed_jvp(x, x_dot):
    t1 = x[0]
    t2 = np.sum(x[1:])
    return t1 * t2, x_dot[0] * t2 + t1 * np.sum(x_dot[1:])
