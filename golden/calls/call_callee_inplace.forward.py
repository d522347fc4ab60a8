# s2s show ../../tests/cases/calls.py::call_callee_inplace --mode forward --wrt 0
def call_callee_inplace_jvp(x, x_dot):
    t1 = np.shape(x)[0]
    y = np.zeros(t1)
    y_dot = np.zeros_like(y)
    for i in range(t1):
        t2 = i + 1
        y[i] = x[i] * t2
        y_dot[i] = x_dot[i] * t2
    return np.sum(y ** 2), np.sum(y_dot * 2 * y)
