# s2s show tests/cases/closures.py::global_transposed_array --wrt 0
def global_transposed_array_grad(x):
    t1 = np.transpose(W_FIXED)
    t2 = t1 @ x
    t3 = x * W_FIXED
    x_bar = unreduce(1.0, t3) * W_FIXED
    x_bar = unbroadcast(x_bar, x) + matmul_vjp_rhs(unreduce(1.0, t2), t1, x)
    return np.sum(t2) + np.sum(t3), x_bar
