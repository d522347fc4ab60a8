# s2s show ../../tests/cases/calls.py::call_other_module_imported --mode forward --wrt 0,1,2
def call_other_module_imported_jvp(x, W, b, x_dot, W_dot, b_dot):
    t1 = np.tanh(x @ W + b)
    t1_dot = (x_dot @ W + x @ W_dot + b_dot) * (1 - t1 ** 2)
    return np.sum(t1 * t1), np.sum(t1_dot * t1 + t1 * t1_dot)
