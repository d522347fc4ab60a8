# s2s show tests/cases/calls.py::call_other_module_imported --wrt 0,1,2
def call_other_module_imported_grad(x, W, b):
    t1 = np.tanh(x @ W + b)
    t2 = t1 * t1
    t1_bar = unreduce(1.0, t2) * t1
    t3 = (t1_bar + t1_bar) * (1 - t1 ** 2)
    x_bar = matmul_vjp_lhs(t3, x, W)
    W_bar = matmul_vjp_rhs(t3, x, W)
    b_bar = unbroadcast(t3, b)
    return np.sum(t2), x_bar, W_bar, b_bar
