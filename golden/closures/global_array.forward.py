# s2s show ../../tests/cases/closures.py::global_array --mode forward --wrt 0
def global_array_jvp(x, x_dot):
    h = x @ W_FIXED
    h_dot = x_dot @ W_FIXED
    if USE_BIAS:
        h_1 = h + BIAS
        h_1_dot = broadcast_like(h_dot, h_1)
    else:
        h_1, h_1_dot = h, h_dot
    t1 = np.tanh(h_1)
    return np.sum(t1), np.sum(h_1_dot * (1 - t1 ** 2))
