# s2s show tests/cases/closures.py::global_transposed_array --wrt 0
def global_transposed_array_grad(x):
    t1 = np.transpose(W_FIXED)
    x_bar = unbroadcast(W_FIXED, x) + matmul_vjp_rhs(1.0, t1, x)
    return np.sum(t1 @ x) + np.sum(x * W_FIXED), x_bar
