# s2s show ../../tests/cases/classes.py::mlp_method_loss --mode reverse --wrt 0,1,2
def mlp_method_loss_grad(W1, b1, w2, x):
    t1 = np.tanh(W1 @ x + b1)
    W1_bar = 0.02 * W1
    t2 = 2.0 * (w2 @ t1 - 1.0)
    w2_bar = matmul_vjp_lhs(t2, w2, t1)
    t3 = matmul_vjp_rhs(t2, w2, t1) * (1 - t1 ** 2)
    W1_bar = W1_bar + matmul_vjp_lhs(t3, W1, x)
    b1_bar = unbroadcast(t3, b1)
    return W1_bar, b1_bar, w2_bar
