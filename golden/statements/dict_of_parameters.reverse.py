# s2s show ../../tests/cases/statements.py::dict_of_parameters --mode reverse --wrt 0,1
def dict_of_parameters_grad(W, b, x):
    b_1 = b * 0.5
    t1 = np.exp(W @ x + b_1)
    result = np.log1p(t1)
    result_bar = 2.0 * result
    t2 = result_bar / (1 + t1) * t1
    W_bar = matmul_vjp_lhs(t2, W, x)
    b_1_bar = unbroadcast(t2, b_1) + b * 0.01
    W_bar = W_bar + 0.02 * W
    b_bar = b_1_bar * 0.5
    return W_bar, b_bar
