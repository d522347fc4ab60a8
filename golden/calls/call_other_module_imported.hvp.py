# s2s show ../../tests/cases/calls.py::call_other_module_imported --mode hvp --wrt 0,1,2
def call_other_module_imported_hvp(x, W, b, x_dot, W_dot, b_dot):
    t1 = np.tanh(x @ W + b)
    t2 = 1 - t1 ** 2
    t1_dot = (x_dot @ W + x @ W_dot + b_dot) * t2
    t1_bar = t1 + t1
    t3 = t1_bar * t2
    t3_dot = (t1_dot + t1_dot) * t2 - t1_bar * (t1_dot * 2 * t1)
    x_bar_dot = matmul_vjp_lhs(t3_dot, x, W) + matmul_vjp_lhs(t3, x, W_dot)
    W_bar_dot = matmul_vjp_rhs(t3_dot, x, W) + matmul_vjp_rhs(t3, x_dot, W)
    b_bar_dot = unbroadcast(t3_dot, b)
    return x_bar_dot, W_bar_dot, b_bar_dot
