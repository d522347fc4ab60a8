# s2s show ../../tests/cases/calls.py::call_chain --mode forward --wrt 0,1
def call_chain_jvp(x, y, x_dot, y_dot):
    t1 = x * y
    t2 = np.sin(t1) * 2.0 + y
    t2_dot = (x_dot * y + x * y_dot) * np.cos(t1) * 2.0 + y_dot
    return np.sum(t2 ** 2), np.sum(t2_dot * 2 * t2)
