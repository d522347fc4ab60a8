# s2s show ../../tests/cases/closures.py::global_array --mode hvp --wrt 0
def global_array_hvp(x, x_dot):
    h = x @ W_FIXED
    h_dot = x_dot @ W_FIXED
    if USE_BIAS:
        h_1 = h + BIAS
        h_1_dot = broadcast_like(h_dot, h_1)
    else:
        h_1, h_1_dot = h, h_dot
    t1 = np.tanh(h_1)
    h_bar_dot = -(h_1_dot * (1 - t1 ** 2) * 2 * t1)
    if USE_BIAS:
        pass
    x_bar_dot = matmul_vjp_lhs(h_bar_dot, x, W_FIXED)
    return x_bar_dot
