# s2s show ../../tests/cases/closures.py::global_array --wrt 0
def global_array_grad(x):
    h = x @ W_FIXED
    if USE_BIAS:
        h_1 = h + BIAS
    else:
        h_1 = h
    h_bar = 1 - np.tanh(h_1) ** 2
    if USE_BIAS:
        pass
    x_bar = matmul_vjp_lhs(h_bar, x, W_FIXED)
    return x_bar
