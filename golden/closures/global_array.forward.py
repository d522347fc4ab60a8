# s2s show ../../tests/cases/closures.py::global_array --mode forward --wrt 0
def global_array_jvp(x, x_dot):
    h = x @ W_FIXED
    h_dot = x_dot @ W_FIXED
    if USE_BIAS:
        h_1 = h + BIAS
    else:
        h_1 = h
    t1 = np.tanh(h_1)
    return np.sum(t1), np.sum(h_dot * (1 - t1 ** 2))
