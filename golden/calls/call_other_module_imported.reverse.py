# s2s show ../../tests/cases/calls.py::call_other_module_imported --wrt 0,1,2
def call_other_module_imported_grad(x, W, b):
    t1 = np.tanh(x @ W + b)
    t2 = (t1 + t1) * (1 - t1 ** 2)
    x_bar = matmul_vjp_lhs(t2, x, W)
    W_bar = matmul_vjp_rhs(t2, x, W)
    b_bar = unbroadcast(t2, b)
    return x_bar, W_bar, b_bar
