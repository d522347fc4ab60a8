# s2s show ../../tests/cases/closures.py::global_transposed_array --mode forward --wrt 0
def global_transposed_array_jvp(x, x_dot):
    t1 = np.transpose(W_FIXED)
    return np.sum(t1 @ x) + np.sum(x * W_FIXED), np.sum(t1 @ x_dot) + np.sum(x_dot * W_FIXED)
